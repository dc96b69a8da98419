// The staff page's entry: signing in with a token (kept in this tab's sessionStorage, never in a
// URL), the tabs, and signing out. Each tab lives in its own module.
import { $, TOKEN_KEY, api, say, whenUnauthorized } from "./api.js";
import { forgetToday, startToday, stopToday } from "./today.js";
import { setUpAttendance, wireAttendance } from "./attendance.js";
import { searchMembers, setUpMembers, wireMembers } from "./members.js";
import { stopCapture, wireCards } from "./cards.js";
import { resetImport, wireImport } from "./import.js";

const TABS = ["today", "attendance", "members", "import"];

function show(tab) {
  for (const section of TABS) $(section).hidden = section !== tab;
  for (const button of document.querySelectorAll(".tab")) {
    if (button.dataset.tab === tab) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  if (tab === "today") startToday();
  else stopToday();
  if (tab === "members") searchMembers();
  $(`${tab}-title`).focus();
}

async function signIn(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  if (!token) {
    say("Type your access token first.");
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  $("token").value = "";
  say("Signing in…");
  try {
    await enter((await api("/api/v1/sessions")).date);
  } catch (e) {
    if (e.status !== 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      say(`Signing in failed: ${e.message}.`);
    }
  }
}

async function enter(kioskToday) {
  $("sign-in").hidden = true;
  $("tabs").hidden = false;
  setUpMembers(kioskToday);
  resetImport();
  await setUpAttendance(kioskToday);
  say("Signed in.");
  show("today");
}

function signOut(message = "Signed out.") {
  sessionStorage.removeItem(TOKEN_KEY);
  forgetToday();
  stopCapture();
  for (const section of TABS) $(section).hidden = true;
  $("member-detail").hidden = true;
  $("tabs").hidden = true;
  $("sign-in").hidden = false;
  say(message);
  $("token").focus();
}

whenUnauthorized(signOut);
$("sign-in-form").addEventListener("submit", signIn);
$("sign-out").addEventListener("click", () => signOut());
for (const button of document.querySelectorAll(".tab")) {
  button.addEventListener("click", () => show(button.dataset.tab));
}
wireAttendance();
wireMembers();
wireCards();
wireImport();
if (sessionStorage.getItem(TOKEN_KEY)) {
  api("/api/v1/sessions").then((day) => enter(day.date), () => {});
}
