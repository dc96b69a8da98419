// Import: a CSV file of members sent as it is (text/csv). The kiosk takes all rows or none; its
// row errors (line, field, message) are shown as a table, its counts on success.
import { $, fail, request, row, say } from "./api.js";

const MAX_BYTES = 5 * 1024 * 1024;

async function upload(event) {
  event.preventDefault();
  const file = $("import-file").files[0];
  $("import-errors").hidden = true;
  $("import-result").textContent = "";
  if (!file) {
    say("Choose a CSV file first.");
    return;
  }
  if (file.size > MAX_BYTES) {
    say(`${file.name} is larger than 5 MB; split it into smaller files.`);
    return;
  }
  say(`Importing ${file.name}…`);
  try {
    const response = await request("/api/v1/members/import", { method: "POST", body: file, contentType: "text/csv" });
    const counts = await response.json();
    const text = `${file.name} imported: ${counts.created} created, ${counts.updated} updated,`
      + ` ${counts.cardsEnrolled} card${counts.cardsEnrolled === 1 ? "" : "s"} enrolled.`;
    $("import-result").textContent = text;
    say(text);
  } catch (e) {
    if (e.status === 422 && e.errors.length) {
      $("import-errors").tBodies[0].replaceChildren(...e.errors.map((err) =>
        row(String(err.line ?? ""), err.field ?? "", err.message ?? "")));
      $("import-errors").hidden = false;
      say(`Nothing was imported: ${e.errors.length} row error${e.errors.length === 1 ? "" : "s"}`
        + " in the table below. Correct the file and import it again.");
    } else if (e.status === 413) {
      say(`${file.name} is too large for the kiosk; split it into smaller files.`);
    } else {
      fail(e, "The import did not work");
    }
  }
}

export function resetImport() {
  $("import-form").reset();
  $("import-errors").hidden = true;
  $("import-errors").tBodies[0].replaceChildren();
  $("import-result").textContent = "";
}

export function wireImport() {
  $("import-form").addEventListener("submit", upload);
}

