// Loop AI's operator dashboard: polls /admin/overview, /admin/live, /admin/calls, /admin/voicemails
// and /admin/network; draws charts as inline SVG. Every value is inserted as text, never as HTML
// (the shared helpers are in console.js).
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function tiles(target, entries) {
  const box = $(target);
  box.replaceChildren();
  for (const [label, value] of entries) {
    const tile = element("div", null, "tile");
    tile.append(element("span", value, "value"), element("span", label, "label"));
    box.append(tile);
  }
}

// Horizontal bars, one per [label, count].
function barChart(target, pairs, colour) {
  const box = $(target);
  box.replaceChildren();
  if (pairs.length === 0) { box.append(element("p", "No calls yet.", "muted")); return; }
  const max = Math.max(...pairs.map((pair) => pair[1]), 1);
  const row = 24, width = 420, labelWidth = 170;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${pairs.length * row + 4}`, "aria-hidden": "true" });
  pairs.forEach(([label, count], index) => {
    const y = index * row + 2;
    const length = Math.max(2, ((width - labelWidth - 40) * count) / max);
    chart.append(svg("text", { x: 0, y: y + 15 }, label.length > 26 ? label.slice(0, 25) + "…" : label));
    chart.append(svg("rect", { x: labelWidth, y: y + 3, width: length, height: row - 8, rx: 3, fill: colour, class: "bar" }));
    chart.append(svg("text", { x: labelWidth + length + 6, y: y + 15 }, count));
  });
  box.append(chart);
}

// Columns for turns per minute.
function columns(target, values) {
  const box = $(target);
  box.replaceChildren();
  const width = 1200, height = 140, max = Math.max(...values, 1), step = width / values.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 16}`, "aria-hidden": "true" });
  values.forEach((value, index) => {
    const h = (height * value) / max;
    chart.append(svg("rect", { x: index * step + 1, y: height - h, width: step - 2, height: Math.max(h, 1), fill: "#0b5cad", class: "bar" }));
  });
  chart.append(svg("text", { x: 0, y: height + 14 }, "30 min ago"));
  chart.append(svg("text", { x: width - 30, y: height + 14 }, "now"));
  chart.append(svg("text", { x: 0, y: 12 }, "max " + max + "/min"));
  box.append(chart);
}

// One labelled column per day.
function dayColumns(target, days) {
  const box = $(target);
  box.replaceChildren();
  const width = 700, height = 120, max = Math.max(...days.map((day) => day.calls), 1), step = width / Math.max(days.length, 1);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 36}`, "aria-hidden": "true" });
  days.forEach((day, index) => {
    const h = (height * day.calls) / max;
    chart.append(svg("rect", { x: index * step + 8, y: height - h + 14, width: step - 16, height: Math.max(h, 1), fill: "#2a7f62", class: "bar" }));
    chart.append(svg("text", { x: index * step + step / 2 - 8, y: height - h + 10 }, day.calls));
    chart.append(svg("text", { x: index * step + 8, y: height + 32 }, day.day.slice(5)));
  });
  box.append(chart);
}

function pairs(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
}

function renderAlerts(alerts) {
  const box = $("alerts");
  box.replaceChildren();
  for (const alert of alerts || []) box.append(element("p", alert.text, "alert " + alert.level));
}

function renderOverview(data) {
  renderAlerts(data.alerts);
  const current = data.turnsPerMinute[data.turnsPerMinute.length - 1] || 0;
  tiles("now", [
    ["calls in progress", data.callsInProgress],
    ["turns this minute", current],
    ["latency p50 (ms, ≤)", data.latencyP50 ?? "–"],
    ["latency p99 (ms, ≤)", data.latencyP99 ?? "–"],
    ["brains alive", data.brains.length],
    ["queue depth", data.queueDepth],
    ["facts held back (15 min)", data.factsHeldBack ?? 0],
    ["SMS/recording jobs waiting", data.outboxDepth],
  ]);
  columns("turns-chart", data.turnsPerMinute);
  const brains = $("brains");
  brains.replaceChildren();
  for (const brain of data.brains) {
    const row = element("tr");
    row.append(element("td", brain.worker), element("td", brain.host), element("td", brain.hospitals), element("td", brain.list + " (" + brain.network + ")"));
    brains.append(row);
  }
  const week = data.week, today = data.today;
  const web = (data.channels || {}).web, sms = (data.channels || {}).sms, live = data.inProgress || { notFound: [], places: [] };
  tiles("totals", [
    ["calls today", today.calls],
    ["calls this week", week.calls],
    ["hand-offs this week", Object.values(week.handoffs).reduce((a, b) => a + b, 0)],
    ["voicemails this week", week.voicemails],
    ["SMS sent this week", week.textsSent],
    ["average turns", week.averageTurns.toFixed(1)],
    ["web conversations this week", web ? web.calls : 0],
    ["text conversations this week", sms ? sms.calls : 0],
  ]);
  barChart("today-chart", pairs(today.outcomes), "#0b5cad");
  barChart("week-chart", pairs(week.outcomes), "#2a7f62");
  dayColumns("days-chart", data.days);
  // Calls, calls still in progress, the web page and texts, each marked by where it came from.
  const marked = (list, mark) => (list || []).map((entry) => [entry.name + mark, entry.count]);
  const byCount = (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]);
  const notFound = [].concat(marked(week.topNotFound, ""), marked(live.notFound, " · in progress"), marked(web && web.topNotFound, " · web"), marked(sms && sms.topNotFound, " · SMS"));
  barChart("notfound-chart", notFound.sort(byCount).slice(0, 12), "#a4161a");
  const placesAsked = [].concat(marked(week.topPlaces, ""), marked(live.places, " · in progress"), marked(web && web.topPlaces, " · web"), marked(sms && sms.topPlaces, " · SMS"));
  const places = $("places");
  places.replaceChildren();
  for (const [name, count] of placesAsked.sort(byCount).slice(0, 12)) places.append(element("li", name + " — " + count));
  if (placesAsked.length === 0) places.append(element("li", "No calls yet.", "muted"));
  $("updated").textContent = "Updated " + time(data.generatedAt) + " · times and days in " + data.timeZone;
}

// One line per call, linking to the call's own page; nothing opens or closes on refresh.
function callLine(call) {
  const item = element("li");
  const anchor = element("a", `${time(call.ended)} · ${call.caller || "unknown caller"} · ${call.outcome} · ${call.turns.length} turns · ${call.duration} s`);
  anchor.href = "/admin/call/" + encodeURIComponent(call.call);
  item.append(anchor);
  const tags = [];
  if (call.language && call.language !== "en") tags.push(languages[call.language] || call.language);
  if (call.mode) tags.push(modes[call.mode] || call.mode);
  if (call.places.length) tags.push(call.places.slice(0, 3).join(", "));
  if (call.notFound.length) tags.push("not in the list: " + call.notFound.join(", "));
  if (call.recording && call.recording.status === "absent") tags.push("not recorded" + (call.recording.note ? " (" + call.recording.note + ")" : ""));
  if (tags.length) item.append(element("span", " · " + tags.join(" · "), "muted"));
  return item;
}

// The list's filters as a query string (the same for the JSON, the CSV and the page's URL).
function filterQuery() {
  const form = new FormData($("call-filters"));
  const query = new URLSearchParams();
  for (const [name, value] of form.entries()) if (String(value).trim()) query.set(name, String(value).trim());
  return query;
}

const pager = { before: [], next: null };

function renderCalls(page) {
  const list = $("calls");
  list.replaceChildren();
  if (page.calls.length === 0) list.append(element("li", "No calls match.", "muted"));
  for (const call of page.calls) list.append(callLine(call));
  pager.next = page.next;
  $("older").disabled = !page.next;
  $("newer").disabled = pager.before.length === 0;
  $("csv-export").href = "/admin/calls.csv?" + filterQuery().toString();
}

function renderLive(data) {
  const list = $("live");
  list.replaceChildren();
  if (data.calls.length === 0) list.append(element("li", "No calls in progress.", "muted"));
  for (const call of data.calls) list.append(callLine(call));
}

async function loadCalls() {
  const query = filterQuery();
  query.set("limit", "20");
  const before = pager.before[pager.before.length - 1];
  if (before) query.set("before", before);
  const shown = filterQuery().toString();
  history.replaceState(null, "", shown ? "/admin?" + shown : "/admin");
  renderCalls(await getJSON("/admin/calls?" + query.toString()));
}

async function refresh() {
  try {
    renderOverview(await getJSON("/admin/overview"));
    renderLive(await getJSON("/admin/live"));
    await loadCalls();
    renderVoicemails(await getJSON("/admin/voicemails?limit=20"));
    renderNetwork(await getJSON("/admin/network"));
  } catch (error) {
    $("updated").textContent = "Could not refresh: " + error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("logout").addEventListener("click", async () => {
    await fetch("/admin/logout", { method: "POST", headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" });
    window.location.href = "/admin/login";
  });
  $("logout-everywhere").addEventListener("click", async () => {
    await fetch("/admin/logout-everywhere", { method: "POST", headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" });
    window.location.href = "/admin/login";
  });
  $("upload").addEventListener("submit", upload);
  $("confirm-upload").addEventListener("click", confirmUpload);
  $("cancel-upload").addEventListener("click", () => { $("preview").hidden = true; pendingList = null; $("upload-result").textContent = "Nothing was changed."; });
  // Filters come back from the URL, so a filtered list can be bookmarked and shared.
  const given = new URLSearchParams(window.location.search);
  for (const field of $("call-filters").elements) if (field.name && given.has(field.name)) field.value = given.get(field.name);
  $("call-filters").addEventListener("submit", (event) => { event.preventDefault(); pager.before = []; loadCalls().catch(showError); });
  $("older").addEventListener("click", () => { if (pager.next) { pager.before.push(pager.next); loadCalls().catch(showError); } });
  $("newer").addEventListener("click", () => { pager.before.pop(); loadCalls().catch(showError); });
  refresh();
  setInterval(refresh, 5000);
});
