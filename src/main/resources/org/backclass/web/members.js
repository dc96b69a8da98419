// Members: search on the kiosk (name, member number, email), one member's facts, visits of the
// last 12 months, pain chart, cards (see cards.js), their data as a file, and erasure (admin).
import { $, api, element, fail, request, saveBlob, say, send, time } from "./api.js";
import { showCards } from "./cards.js";

const SEARCH_DELAY_MS = 250;
const SVG = "http://www.w3.org/2000/svg";

let kioskToday = null;
let current = null;
let searchTimer = null;
let searchNumber = 0;

export function setUpMembers(today) {
  kioskToday = today;
  closeMember();
  $("member-search").value = "";
  $("member-list").replaceChildren();
}

/** Answers only the newest search, so a slow answer to "ke" never replaces one to "kel". */
async function search() {
  const number = ++searchNumber;
  const q = $("member-search").value.trim();
  try {
    const found = (await api(`/api/v1/members?${new URLSearchParams({ q, limit: "50" })}`)).items;
    if (number !== searchNumber) return;
    $("member-list").replaceChildren(...(found.length ? found.map(memberButton)
      : [element("li", q ? `Nobody matches “${q}”.` : "No members yet.")]));
    $("member-count").textContent = `${found.length} shown${found.length === 50 ? " (the first 50)" : ""}.`;
  } catch (e) {
    fail(e, "Members could not be searched");
  }
}

function memberButton(m) {
  const li = element("li");
  const open = element("button", `${m.firstName} ${m.lastName}${m.memberNumber ? " · " + m.memberNumber : ""}`,
    { type: "button", "data-member": m.id });
  open.addEventListener("click", () => openMember(m));
  li.append(open);
  return li;
}

const fullName = (m) => `${m.firstName} ${m.lastName}`;
const yearBefore = (day) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

function painChart(series) {
  const points = series.filter((p) => p.context === "checkIn");
  if (points.length === 0) return element("p", "No pain answers (or none shared).");
  const width = 360, height = 120, step = points.length > 1 ? (width - 20) / (points.length - 1) : 0;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Pain at check-in, 0 to 10: ${points.map((p) => p.score).join(", ")}`);
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute("points", points.map((p, i) => `${10 + i * step},${height - 10 - p.score * 10}`).join(" "));
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", "#0b5cad");
  line.setAttribute("stroke-width", "3");
  svg.append(line);
  for (const [i, p] of points.entries()) {
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", `${10 + i * step}`);
    dot.setAttribute("cy", `${height - 10 - p.score * 10}`);
    dot.setAttribute("r", "4");
    dot.setAttribute("fill", "#0b5cad");
    svg.append(dot);
  }
  return svg;
}

function showFacts(member) {
  current = member;
  $("member-name").textContent = fullName(member);
  $("member-facts").textContent = `${member.memberNumber ?? "no member number"} · ${member.email ?? "no email"}`;
  showCards(member, reloadMember);
}

/** Reads the member again (after a card change) so the page shows what the kiosk now holds. */
export async function reloadMember() {
  if (!current) return;
  try {
    showFacts(await api(`/api/v1/members/${current.id}`));
  } catch (e) {
    fail(e, "The member could not be read again");
  }
}

async function openMember(member) {
  $("member-detail").hidden = false;
  $("erase-confirm").value = "";
  $("erase-confirm-label").textContent = `To erase, type the member’s full name: ${fullName(member)}`;
  $("erase").disabled = true;
  showFacts(member);
  $("member-chart").replaceChildren(element("p", "Loading…"));
  $("member-attendance").replaceChildren();
  // A year back from the day after: the API's ranges cover at most 366 days.
  const from = yearBefore(kioskToday);
  try {
    const [progress, visits] = await Promise.all([
      api(`/api/v1/members/${member.id}/progress`),
      api(`/api/v1/attendance?from=${from}&to=${kioskToday}&memberId=${member.id}&limit=1000`),
    ]);
    if (current?.id !== member.id) return;
    $("member-chart").replaceChildren(progress.healthDataWithheld
      ? element("p", "Health answers are not shown: the member has not given consent.")
      : painChart(progress.painSeries));
    $("member-attendance").replaceChildren(...(visits.items.length
      ? visits.items.map((a) => element("li", `${a.day} ${time(a.checkedInAt)} · ${a.openGym ? "open gym" : a.className}`))
      : [element("li", "No visits in the last 12 months.")]));
  } catch (e) {
    fail(e, "The member could not be loaded");
  }
}

function closeMember() {
  current = null;
  $("member-detail").hidden = true;
}

async function exportMember() {
  try {
    const response = await request(`/api/v1/members/${current.id}/export`);
    saveBlob(await response.blob(), `member-${current.id}.json`);
    say(`Everything stored about ${fullName(current)} was downloaded as member-${current.id}.json.`);
  } catch (e) {
    fail(e, "The member’s data could not be exported", "admin");
  }
}

async function eraseMember(event) {
  event.preventDefault();
  if (!current || $("erase-confirm").value.trim() !== fullName(current)) {
    say("Type the member’s full name exactly to confirm the erasure.");
    return;
  }
  const name = fullName(current);
  try {
    await send("DELETE", `/api/v1/members/${current.id}`);
    closeMember();
    say(`${name} was erased. Attendance counts stay, without their name.`);
    search();
  } catch (e) {
    fail(e, `${name} could not be erased`, "admin");
  }
}

export function wireMembers() {
  $("member-search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, SEARCH_DELAY_MS);
  });
  $("member-search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    search();
  });
  $("member-close").addEventListener("click", closeMember);
  $("member-export").addEventListener("click", exportMember);
  $("erase-confirm").addEventListener("input", () => {
    $("erase").disabled = !current || $("erase-confirm").value.trim() !== fullName(current);
  });
  $("erase-form").addEventListener("submit", eraseMember);
}

export { search as searchMembers };
