// A member's cards: the active ones with Revoke, and enrolling a new one either by tapping it on
// the kiosk ("the next tap enrols": capture, poll, then enrol the captured UID) or by typing it.
import { $, api, element, fail, say, send } from "./api.js";

const POLL_MS = 1000;

let member = null;
let afterChange = () => {};
let capture = null;

/** Shows the member's cards; afterChange re-reads the member once a card was enrolled or revoked. */
export function showCards(shown, reload) {
  if (member?.id !== shown.id) stopCapture();
  member = shown;
  afterChange = reload;
  const active = shown.cards.filter((c) => !c.revoked);
  $("member-cards").replaceChildren(...(active.length ? active.map(cardItem) : [element("li", "No card yet.")]));
}

function cardItem(card) {
  const li = element("li", undefined, { "data-card": card.id });
  li.append(element("span", `${card.key} · since ${card.enrolledAt.slice(0, 10)} `));
  const revoke = element("button", "Revoke", { type: "button", class: "secondary",
    "aria-label": `Revoke card ${card.key}` });
  revoke.addEventListener("click", () => revokeCard(card));
  li.append(revoke);
  return li;
}

async function revokeCard(card) {
  if (!window.confirm(`Revoke card ${card.key}? It will no longer check anyone in.`)) return;
  try {
    await send("DELETE", `/api/v1/members/${member.id}/cards/${card.id}`);
    say(`Card ${card.key} was revoked.`);
    await afterChange();
  } catch (e) {
    fail(e, "The card could not be revoked");
  }
}

async function enrol(body) {
  try {
    const card = await send("POST", `/api/v1/members/${member.id}/cards`, body);
    say(`Card ${card.key} enrolled for ${member.firstName} ${member.lastName}.`);
    await afterChange();
  } catch (e) {
    // 409: the card belongs to someone else; the kiosk's answer names them.
    fail(e, "The card could not be enrolled");
  }
}

function stopCapture(message) {
  if (capture) clearTimeout(capture.timer);
  capture = null;
  $("enrol-tap").hidden = false;
  $("enrol-cancel").hidden = true;
  if (message) say(message);
}

async function startCapture() {
  stopCapture();
  try {
    const armed = await send("POST", "/api/v1/cards/capture", {});
    capture = { id: armed.captureId, memberId: member.id, timer: null };
    $("enrol-tap").hidden = true;
    $("enrol-cancel").hidden = false;
    $("enrol-cancel").focus();
    say("Tap the card on the kiosk now. Waiting up to a minute…");
    capture.timer = setTimeout(poll, POLL_MS);
  } catch (e) {
    fail(e, "The kiosk could not wait for a card");
  }
}

async function poll() {
  const waiting = capture;
  if (!waiting) return;
  try {
    const state = await api(`/api/v1/cards/capture/${encodeURIComponent(waiting.id)}`);
    if (capture !== waiting) return;
    if (state.state === "captured") {
      stopCapture();
      if (member?.id === waiting.memberId) await enrol({ uid: state.uid });
    } else if (state.state === "expired") {
      stopCapture("No card was tapped within a minute. Press “Enrol by tapping” to try again.");
    } else if (state.state === "unreadable") {
      stopCapture("The kiosk’s reader gives only part of that card’s number. Type the number printed on the card instead.");
    } else if (state.state === "cancelled") {
      stopCapture("The kiosk’s own screen is using the card reader now. Try again when it is back to the welcome screen.");
    } else {
      waiting.timer = setTimeout(poll, POLL_MS);
    }
  } catch (e) {
    stopCapture();
    fail(e, "Waiting for the card stopped");
  }
}

async function enrolTyped(event) {
  event.preventDefault();
  const uid = $("card-uid").value.trim();
  if (!uid) {
    say("Type the card’s number first (as printed, or as the desk reader types it).");
    return;
  }
  // Ten digits is how the USB desk readers type a card; anything else is taken as hex.
  await enrol(/^\d{10}$/.test(uid) ? { raw: uid, format: "dec" } : { uid });
  $("card-uid").value = "";
}

export function wireCards() {
  $("enrol-tap").addEventListener("click", startCapture);
  $("enrol-cancel").addEventListener("click", () => stopCapture("Enrolling by tap was cancelled."));
  $("card-form").addEventListener("submit", enrolTyped);
}

export { stopCapture };
