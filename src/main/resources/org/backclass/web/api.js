// What every part of the staff page shares: the token (this tab's sessionStorage only, never a
// URL), requests to the public API under /api/v1, the status line and small DOM helpers.
export const TOKEN_KEY = "backclass.token";

export const $ = (id) => document.getElementById(id);

/** A refused or failed request: the HTTP status, the problem's detail and, for an import, its row errors. */
export class ApiError extends Error {
  constructor(status, detail, errors = []) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }
}

let unauthorized = () => {};

/** Called when the kiosk no longer accepts the token (401): the page goes back to signing in. */
export function whenUnauthorized(handler) {
  unauthorized = handler;
}

/**
 * One request with the bearer token. Answers the Response when it is 2xx; throws ApiError
 * otherwise (after a 401 the page has already gone back to signing in).
 */
export async function request(path, { method = "GET", accept = "application/json", body, contentType } = {}) {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY)}`, Accept: accept };
  if (contentType) headers["Content-Type"] = contentType;
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: "no-store" });
  } catch (e) {
    throw new ApiError(0, "the kiosk could not be reached (is it on and on this network?)");
  }
  if (response.status === 401) {
    unauthorized("Your token was not accepted. Please sign in again.");
    throw new ApiError(401, "not signed in");
  }
  if (!response.ok) {
    let detail = `the kiosk answered ${response.status}`;
    let errors = [];
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
      errors = Array.isArray(problem.errors) ? problem.errors : [];
    } catch (ignored) {
      // not a problem document: the status says enough
    }
    throw new ApiError(response.status, detail, errors);
  }
  return response;
}

/** GET as JSON, or as a Blob for any other accepted type. */
export async function api(path, accept = "application/json") {
  const response = await request(path, { accept });
  return accept === "application/json" ? response.json() : response.blob();
}

/** A JSON body (or none) to a route that changes something; answers the JSON reply or null (204). */
export async function send(method, path, json) {
  const response = await request(path, json === undefined ? { method }
    : { method, body: JSON.stringify(json), contentType: "application/json" });
  return response.status === 204 ? null : response.json();
}

/** The page's one status line (role=status, aria-live): screen readers hear every change. */
export function say(text) {
  $("status").textContent = text;
}

/** Why a request failed, in plain words, with the roles spelled out (viewer < staff < admin). */
export function explain(e, what, role = "staff") {
  if (e.status === 403) return `${what}: this needs a${role === "admin" ? "n" : ""} ${role} token, and yours is not one.`;
  if (e.status === 404) return `${what}: the kiosk does not know it (${e.message}).`;
  return `${what}: ${e.message}.`;
}

/** Reports a failure on the status line, unless it was a 401 (the sign-in form already says so). */
export function fail(e, what, role) {
  if (e.status !== 401) say(explain(e, what, role));
}

export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function row(...cells) {
  const tr = element("tr");
  tr.append(...cells.map((text) => element("td", text)));
  return tr;
}

export const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Saves what the kiosk sent as a file; fetched with the bearer header, so no token is in any URL. */
export function saveBlob(blob, fileName) {
  const link = element("a", undefined, { href: URL.createObjectURL(blob), download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
