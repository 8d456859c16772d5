// The dashboard's call list: a table with a column per fact, sorted by a column's button, in
// numbered pages; the filters, the sort and the page live in the page's address, so a list can be
// bookmarked and shared. The caller's whole number in any form (+91…, 0…, ten digits) is looked
// up by the server through a keyed hash; a few digits match the masked number.
"use strict";

const list = { page: 1, more: false };
const asks = { emergency: "emergency", "out-of-scope": "out of scope", person: "asked for a person", "other-language": "other language" };

// The page's address: the queue's tab and the list's filters, sort and page.
function pageAddress() {
  const shown = filterQuery();
  if (list.page > 1) shown.set("page", String(list.page));
  shown.set("tab", queueState.tab);
  history.replaceState(null, "", "/admin?" + shown.toString());
}

// The list's filters and sort as a query string (the same for the JSON, the CSV and the page's URL).
function filterQuery() {
  const form = new FormData($("call-filters"));
  const query = new URLSearchParams();
  for (const [name, value] of form.entries()) if (String(value).trim()) query.set(name, String(value).trim());
  return query;
}

function askedOf(call) {
  const found = [];
  if ((call.intents || []).includes("emergency")) found.push(asks.emergency);
  if ((call.intents || []).includes("handoff") || (call.turns || []).some((turn) => turn.outcome === "out-of-scope")) found.push(asks["out-of-scope"]);
  if ((call.intents || []).includes("human-agent")) found.push(asks.person);
  if ((call.intents || []).includes("other-language")) found.push(asks["other-language"]);
  return found.join(", ");
}

// One row per call; the time links to the call's own page.
function callRow(call) {
  const row = element("tr");
  const when = element("td");
  const anchor = element("a", time(call.ended));
  anchor.href = "/admin/call/" + encodeURIComponent(call.call);
  when.append(anchor);
  const names = [];
  if (call.places.length) names.push(call.places.slice(0, 3).join(", "));
  if (call.notFound.length) names.push("not in the list: " + call.notFound.join(", "));
  if (call.recording && call.recording.status === "absent") names.push("not recorded");
  row.append(when, element("td", call.caller || "unknown"), element("td", call.outcome), element("td", askedOf(call)),
    element("td", languages[call.language || "en"] || call.language), element("td", call.turns.length), element("td", call.duration),
    element("td", names.join(" · ")));
  return row;
}

// A column's header is a button; the sorted one says which way (aria-sort).
function showSort() {
  const sort = $("call-filters").elements.sort.value || "-ended";
  for (const header of document.querySelectorAll("#calls-table th[data-sort]")) {
    const column = header.dataset.sort;
    const state = sort === column ? "ascending" : sort === "-" + column ? "descending" : "none";
    if (header.getAttribute("aria-sort") !== state) header.setAttribute("aria-sort", state);
    const button = header.querySelector("button");
    const mark = state === "ascending" ? " ▲" : state === "descending" ? " ▼" : "";
    setText(button.querySelector(".mark"), mark);
  }
}

function renderCalls(page) {
  keyed($("calls"), page.calls, (call) => call.call + "|" + call.turns.length + "|" + call.outcome, callRow, "No calls match.");
  list.more = page.more;
  $("older").disabled = !page.more;
  $("newer").disabled = list.page <= 1;
  setText($("calls-page"), "Page " + list.page + (page.truncated ? " (sorted among the newest 2,000)" : ""));
  const csv = filterQuery();
  $("csv-export").href = "/admin/calls.csv?" + csv.toString();
  showSort();
}

async function loadCalls() {
  const query = filterQuery();
  query.set("limit", "20");
  if (list.page > 1) query.set("page", String(list.page));
  pageAddress();
  renderCalls(await getJSON("/admin/calls?" + query.toString()));
}

function setupCallList() {
  // Filters, sort and page come back from the URL.
  const given = new URLSearchParams(window.location.search);
  for (const field of $("call-filters").elements) if (field.name && given.has(field.name)) field.value = given.get(field.name);
  list.page = Math.max(1, parseInt(given.get("page") || "1", 10) || 1);
  for (const header of document.querySelectorAll("#calls-table th[data-sort]")) {
    const button = element("button", header.textContent, "sort");
    button.type = "button";
    button.append(element("span", "", "mark"));
    button.addEventListener("click", () => {
      const field = $("call-filters").elements.sort;
      const column = header.dataset.sort;
      // First press: the natural way (newest, longest, most turns first; names A to Z), then the other.
      const first = ["ended", "duration", "turns"].includes(column) ? "-" + column : column;
      const current = field.value || "-ended";
      field.value = current === first ? (first.startsWith("-") ? column : "-" + column) : first;
      list.page = 1;
      loadCalls().catch(showError);
    });
    header.replaceChildren(button);
  }
  $("call-filters").addEventListener("submit", (event) => { event.preventDefault(); list.page = 1; loadCalls().catch(showError); });
  $("older").addEventListener("click", () => { if (list.more) { list.page += 1; loadCalls().catch(showError); } });
  $("newer").addEventListener("click", () => { if (list.page > 1) { list.page -= 1; loadCalls().catch(showError); } });
}
