// The staff page: signs in with a token kept in this tab's sessionStorage (never in a URL) and
// uses only the public API under /api/v1.
const TOKEN_KEY = "backclass.token";
const REFRESH_MS = 5000;
const $ = (id) => document.getElementById(id);
let refreshTimer = null;
/** The kiosk's own date (its clock and time zone decide what "today" is), from the sign-in check. */
let kioskToday = null;

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function api(path, accept = "application/json") {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY)}`, Accept: accept },
  });
  if (response.status === 401) {
    signOut("Your token was not accepted. Please sign in again.");
    throw new ApiError(401, "not signed in");
  }
  if (!response.ok) {
    let detail = `The kiosk answered ${response.status}.`;
    try {
      detail = (await response.json()).detail || detail;
    } catch (ignored) {
      // not a problem document
    }
    throw new ApiError(response.status, detail);
  }
  return accept === "application/json" ? response.json() : response.blob();
}

function say(text) {
  $("status").textContent = text;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const yearBefore = (day) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

function show(tab) {
  for (const section of ["today", "attendance", "members"]) {
    $(section).hidden = section !== tab;
  }
  for (const button of document.querySelectorAll(".tab")) {
    if (button.dataset.tab === tab) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  clearInterval(refreshTimer);
  if (tab === "today") {
    loadToday();
    refreshTimer = setInterval(loadToday, REFRESH_MS);
  }
}

async function loadToday() {
  try {
    const [day, attendance] = await Promise.all([api("/api/v1/sessions"), api("/api/v1/attendance")]);
    const cards = day.items.map((s) => {
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
    const people = attendance.items.map((a) =>
      element("li", `${a.firstName} ${a.lastName.charAt(0)}. · ${time(a.checkedInAt)} · ${a.openGym ? "open gym" : a.className}`));
    $("checked-in").replaceChildren(...(people.length ? people : [element("li", "Nobody yet.")]));
    $("today-updated").textContent = `Updated ${new Date().toLocaleTimeString()}.`;
    say("");
  } catch (e) {
    if (e.status !== 401) say(`Today could not be loaded: ${e.message}`);
  }
}

function attendanceQuery() {
  return `/api/v1/attendance?from=${$("att-from").value}&to=${$("att-to").value}`;
}

async function loadAttendance(event) {
  event?.preventDefault();
  try {
    const rows = [];
    let page = await api(`${attendanceQuery()}&limit=1000`);
    rows.push(...page.items);
    while (page.nextCursor) {
      page = await api(`${attendanceQuery()}&limit=1000&cursor=${encodeURIComponent(page.nextCursor)}`);
      rows.push(...page.items);
    }
    $("att-table").tBodies[0].replaceChildren(...rows.map((a) => {
      const tr = element("tr");
      tr.append(element("td", a.day), element("td", time(a.checkedInAt)),
        element("td", `${a.firstName} ${a.lastName}`), element("td", a.openGym ? "open gym" : a.className));
      return tr;
    }));
    say(`${rows.length} check-ins.`);
  } catch (e) {
    if (e.status !== 401) say(`Attendance could not be loaded: ${e.message}`);
  }
}

async function downloadCsv() {
  try {
    const blob = await api(attendanceQuery(), "text/csv");
    const link = element("a", undefined, {
      href: URL.createObjectURL(blob), download: `attendance-${$("att-from").value}-${$("att-to").value}.csv`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say("CSV downloaded.");
  } catch (e) {
    if (e.status !== 401) say(`The CSV could not be made: ${e.message}`);
  }
}

let allMembers = [];

async function loadMembers() {
  try {
    allMembers = (await api("/api/v1/members")).items;
    filterMembers();
  } catch (e) {
    if (e.status === 403) say("Members need a staff token; this one may only read reports.");
    else if (e.status !== 401) say(`Members could not be loaded: ${e.message}`);
  }
}

function filterMembers() {
  const q = $("member-search").value.trim().toLowerCase();
  const found = allMembers.filter((m) =>
    [m.firstName, m.lastName, m.memberNumber ?? "", m.email ?? ""].join(" ").toLowerCase().includes(q));
  $("member-list").replaceChildren(...found.slice(0, 50).map((m) => {
    const li = element("li");
    const open = element("button", `${m.firstName} ${m.lastName}${m.memberNumber ? " · " + m.memberNumber : ""}`,
      { type: "button", "data-member": m.id });
    open.addEventListener("click", () => openMember(m));
    li.append(open);
    return li;
  }));
}

function painChart(series) {
  const points = series.filter((p) => p.context === "checkIn");
  if (points.length === 0) return element("p", "No pain answers (or none shared).");
  const width = 360, height = 120, step = points.length > 1 ? (width - 20) / (points.length - 1) : 0;
  const xy = points.map((p, i) => `${10 + i * step},${height - 10 - p.score * 10}`).join(" ");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Pain at check-in, 0 to 10: ${points.map((p) => p.score).join(", ")}`);
  const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
  line.setAttribute("points", xy);
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", "#0b5cad");
  line.setAttribute("stroke-width", "3");
  svg.append(line);
  return svg;
}

async function openMember(member) {
  $("member-detail").hidden = false;
  $("member-name").textContent = `${member.firstName} ${member.lastName}`;
  $("member-facts").textContent = `${member.memberNumber ?? "no member number"} · ${member.email ?? "no email"} · `
    + `${member.cards.filter((c) => !c.revoked).length} card(s)`;
  // A year back from the day after: the API's ranges cover at most 366 days.
  const from = yearBefore(kioskToday);
  try {
    const [progress, visits] = await Promise.all([
      api(`/api/v1/members/${member.id}/progress`),
      api(`/api/v1/attendance?from=${from}&to=${kioskToday}&memberId=${member.id}&limit=1000`),
    ]);
    $("member-chart").replaceChildren(progress.healthDataWithheld
      ? element("p", "Health answers are not shown: the member has not given consent.")
      : painChart(progress.painSeries));
    $("member-attendance").replaceChildren(...(visits.items.length
      ? visits.items.map((a) => element("li", `${a.day} ${time(a.checkedInAt)} · ${a.openGym ? "open gym" : a.className}`))
      : [element("li", "No visits in the last 12 months.")]));
  } catch (e) {
    if (e.status !== 401) say(`The member could not be loaded: ${e.message}`);
  }
}

async function signIn(event) {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  $("token").value = "";
  try {
    enter((await api("/api/v1/sessions")).date);
  } catch (e) {
    if (e.status !== 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      say(`Signing in failed: ${e.message}`);
    }
  }
}

function enter(today) {
  kioskToday = today;
  $("sign-in").hidden = true;
  $("tabs").hidden = false;
  $("att-from").value = today;
  $("att-to").value = today;
  say("");
  show("today");
  loadMembers();
}

function signOut(message = "Signed out.") {
  sessionStorage.removeItem(TOKEN_KEY);
  clearInterval(refreshTimer);
  for (const section of ["today", "attendance", "members"]) $(section).hidden = true;
  $("member-detail").hidden = true;
  $("tabs").hidden = true;
  $("sign-in").hidden = false;
  say(message);
  $("token").focus();
}

$("sign-in-form").addEventListener("submit", signIn);
$("sign-out").addEventListener("click", () => signOut());
$("attendance-form").addEventListener("submit", loadAttendance);
$("att-csv").addEventListener("click", downloadCsv);
$("member-search").addEventListener("input", filterMembers);
for (const button of document.querySelectorAll(".tab")) {
  button.addEventListener("click", () => show(button.dataset.tab));
}
if (sessionStorage.getItem(TOKEN_KEY)) {
  api("/api/v1/sessions").then((day) => enter(day.date), () => {});
}
