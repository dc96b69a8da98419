// Today: the kiosk's classes with who has checked in, who is in, and what needs a word from
// staff (open red flags of those checked in, unknown cards). Refreshes itself every 5 s.
import { $, api, element, fail, time } from "./api.js";

const REFRESH_MS = 5000;
/** A member's open red flag changes rarely; asked again at most this often per member. */
const FLAG_MAX_AGE_MS = 30000;

let timer = null;
/** memberId → { open: boolean|null, shortName, at } from the member's progress (staff tokens only). */
const flags = new Map();
/** False once the token proved not to be staff: alerts then say so instead of asking again. */
let mayReadHealth = true;

export function startToday() {
  stopToday();
  loadToday();
  timer = setInterval(loadToday, REFRESH_MS);
}

export function stopToday() {
  clearInterval(timer);
  timer = null;
}

export function forgetToday() {
  stopToday();
  flags.clear();
  mayReadHealth = true;
}

async function loadToday() {
  try {
    const [day, attendance] = await Promise.all([api("/api/v1/sessions"), api("/api/v1/attendance")]);
    showSessions(day.items);
    showCheckedIn(attendance.items);
    await showAlerts(attendance.items);
    $("today-updated").textContent = `Updated ${new Date().toLocaleTimeString([], { hour12: false })}.`;
  } catch (e) {
    fail(e, "Today could not be loaded");
  }
}

function showSessions(sessions) {
  const cards = sessions.map((s) => {
    const card = element("article", undefined, { class: "card", "data-session": s.id });
    card.append(element("h3", s.className));
    card.append(element("p", `${time(s.startsAt)}–${time(s.endsAt)}${s.room ? ", " + s.room : ""}`));
    card.append(element("p", `${s.checkedIn} of ${s.capacity} checked in${s.closed ? " · ended" : ""}`,
      { class: "count" }));
    const names = element("ul", undefined, { class: "names" });
    for (const m of s.roster) names.append(element("li", `${m.shortName} · ${time(m.checkedInAt)}`));
    card.append(names);
    return card;
  });
  $("sessions").replaceChildren(...(cards.length ? cards : [element("p", "No classes today.")]));
}

const shortName = (a) => `${a.firstName} ${a.lastName.charAt(0)}.`;

function showCheckedIn(items) {
  const people = items.map((a) =>
    element("li", `${shortName(a)} · ${time(a.checkedInAt)} · ${a.openGym ? "open gym" : a.className}`));
  $("checked-in").replaceChildren(...(people.length ? people : [element("li", "Nobody yet.")]));
}

async function showAlerts(items) {
  const alerts = [];
  const now = Date.now();
  const members = new Map(items.map((a) => [a.memberId, shortName(a)]));
  if (mayReadHealth) {
    const stale = [...members.keys()].filter((id) => !flags.has(id) || now - flags.get(id).at > FLAG_MAX_AGE_MS);
    const answers = await Promise.allSettled(stale.map((id) => api(`/api/v1/members/${id}/progress`)));
    answers.forEach((answer, i) => {
      if (answer.status === "fulfilled") {
        flags.set(stale[i], { open: answer.value.openRedFlag, at: now });
      } else if (answer.reason.status === 403) {
        mayReadHealth = false;
      }
    });
  }
  for (const [id, name] of members) {
    if (flags.get(id)?.open === true) {
      alerts.push(element("li", `${name}: a red flag is open — speak with them before class.`,
        { class: "alert", "data-member": id }));
    }
  }
  const unknown = await unknownCards();
  if (unknown > 0) {
    alerts.push(element("li", `${unknown} unknown card${unknown === 1 ? "" : "s"} tapped since the kiosk started`
      + " — enrol them under Members.", { class: "alert" }));
  }
  if (!mayReadHealth) {
    alerts.push(element("li", "Red flags are shown to staff tokens only.", { class: "note" }));
  }
  $("alerts").replaceChildren(...(alerts.length ? alerts : [element("li", "Nothing needs attention.")]));
}

/** The kiosk counts unknown cards in its metrics (since it started); null when unavailable. */
async function unknownCards() {
  try {
    const text = await (await api("/metrics", "text/plain")).text();
    const line = text.split("\n").find((l) => l.startsWith("backclass_unknown_cards_total "));
    return line ? Number(line.split(" ")[1]) : null;
  } catch (e) {
    if (e.status === 401) throw e;
    return null;
  }
}
