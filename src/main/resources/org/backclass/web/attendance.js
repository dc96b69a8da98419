// Attendance: a date range and, when the kiosk offers its timetable, one class; a table of
// check-ins and the same rows as a CSV file (fetched with the bearer header, saved as a Blob).
import { $, api, element, fail, row, saveBlob, say, time } from "./api.js";

/** Sets the range to the kiosk's own today and offers its class types when it has a timetable. */
export async function setUpAttendance(kioskToday) {
  $("att-from").value = kioskToday;
  $("att-to").value = kioskToday;
  try {
    const classes = (await api("/api/v1/classes")).items;
    $("att-class").replaceChildren(element("option", "All classes", { value: "" }),
      ...classes.map((c) => element("option", c.name, { value: c.id })));
    $("att-class-field").hidden = false;
  } catch (e) {
    // A kiosk without the timetable route still reports attendance: the filter stays hidden.
    $("att-class-field").hidden = true;
    if (e.status === 401) throw e;
  }
}

function query() {
  const params = new URLSearchParams({ from: $("att-from").value, to: $("att-to").value });
  if (!$("att-class-field").hidden && $("att-class").value) params.set("classTypeId", $("att-class").value);
  return params;
}

async function loadAttendance(event) {
  event?.preventDefault();
  try {
    const rows = [];
    const params = query();
    params.set("limit", "1000");
    let page = await api(`/api/v1/attendance?${params}`);
    rows.push(...page.items);
    while (page.nextCursor) {
      params.set("cursor", page.nextCursor);
      page = await api(`/api/v1/attendance?${params}`);
      rows.push(...page.items);
    }
    $("att-table").tBodies[0].replaceChildren(...rows.map((a) => row(a.day, time(a.checkedInAt),
      `${a.firstName} ${a.lastName}`, a.openGym ? "open gym" : a.className)));
    say(`${rows.length} check-in${rows.length === 1 ? "" : "s"}.`);
  } catch (e) {
    fail(e, "Attendance could not be loaded", "viewer");
  }
}

async function downloadCsv() {
  try {
    const blob = await api(`/api/v1/attendance?${query()}`, "text/csv");
    saveBlob(blob, `attendance-${$("att-from").value}-${$("att-to").value}.csv`);
    say("CSV downloaded.");
  } catch (e) {
    fail(e, "The CSV could not be made", "viewer");
  }
}

export function wireAttendance() {
  $("attendance-form").addEventListener("submit", loadAttendance);
  $("att-csv").addEventListener("click", downloadCsv);
}
