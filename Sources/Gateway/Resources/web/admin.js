// Loop AI's operator dashboard: polls /admin/overview, /admin/live, /admin/calls, /admin/voicemails
// and /admin/network; draws charts as inline SVG. Every value is inserted as text, never as HTML
// (the shared helpers are in console.js). Each refresh updates the page in place (`keyed`,
// `redraw`): only what changed is touched, so focus, scroll and a playing recording survive it.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function tiles(target, entries) {
  keyed($(target), entries, (entry) => entry[0], ([label, value]) => {
    const tile = element("div", null, "tile");
    tile.append(element("span", value, "value"), element("span", label, "label"));
    return tile;
  });
}

// A chart's figures as a table only screen readers see (the drawing is hidden from them), named
// by the chart's own label.
function dataTable(box, headers, rows) {
  // In a box of one pixel: a table is never narrower than its content, a div is.
  const hidden = element("div", null, "visually-hidden");
  const table = element("table");
  table.append(element("caption", box.getAttribute("aria-label") || ($(box.getAttribute("aria-labelledby")) || {}).textContent || ""));
  const head = element("tr");
  for (const header of headers) { const cell = element("th", header); cell.scope = "col"; head.append(cell); }
  table.append(element("thead"), element("tbody"));
  table.tHead.append(head);
  for (const row of rows) {
    const line = element("tr");
    row.forEach((value, index) => { const cell = element(index === 0 ? "th" : "td", value); if (index === 0) cell.scope = "row"; line.append(cell); });
    table.tBodies[0].append(line);
  }
  hidden.append(table);
  box.append(hidden);
}

// Horizontal bars, one per [label, count].
function barChart(target, pairs, colour, heading) {
  const box = $(target);
  redraw(box, pairs, () => drawBars(box, pairs, colour, heading));
}

function drawBars(box, pairs, colour, heading) {
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
  dataTable(box, [heading, "Calls"], pairs);
}

// Columns for turns per minute.
function columns(target, values) {
  const box = $(target);
  redraw(box, values, () => drawColumns(box, values));
}

function drawColumns(box, values) {
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
  dataTable(box, ["Minutes ago", "Turns"], values.map((value, index) => [String(values.length - index), value]));
}

// One labelled column per day.
function dayColumns(target, days) {
  const box = $(target);
  redraw(box, days, () => drawDays(box, days));
}

function drawDays(box, days) {
  box.replaceChildren();
  const width = 700, height = 120, max = Math.max(...days.map((day) => day.calls), 1), step = width / Math.max(days.length, 1);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 36}`, "aria-hidden": "true" });
  days.forEach((day, index) => {
    const h = (height * day.calls) / max;
    chart.append(svg("rect", { x: index * step + 8, y: height - h + 14, width: step - 16, height: Math.max(h, 1), fill: "#2a7f62", class: "bar" }));
    chart.append(svg("text", { x: index * step + step / 2 - 8, y: height - h + 10 }, day.calls));
    chart.append(svg("text", { x: index * step + 8, y: height + 32 }, dayLabel(day.day)));
  });
  box.append(chart);
  dataTable(box, ["Day", "Calls"], days.map((day) => [dayLabel(day.day), day.calls]));
}

function pairs(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
}

// Outcomes with hand-offs as the gateway defines them (Handoffs): put through and answered, put
// through and not (the voicemail after it included), or asked for with nobody to put through.
function outcomeBars(summary, handoffs) {
  const bars = pairs(summary.outcomes).filter(([name]) => name !== "hand-off" && name !== "voicemail");
  if (handoffs.answered) bars.push(["hand-off, answered", handoffs.answered]);
  if (handoffs.unanswered) bars.push(["hand-off, not answered", handoffs.unanswered]);
  if (handoffs.askedWithoutAgent) bars.push(["asked for a person, none free", handoffs.askedWithoutAgent]);
  return bars.sort((a, b) => b[1] - a[1]);
}

// Banners keyed by what they are about: one that stays is not re-announced to screen readers.
// A critical one says since when it has been raised.
function renderAlerts(alerts) {
  keyed($("alerts"), alerts || [], (alert) => alert.id || alert.text, (alert) => {
    const banner = element("p", alert.text, "alert " + alert.level);
    if (alert.level === "critical" && alert.since) banner.append(element("span", " Since " + time(alert.since) + ".", "since"));
    return banner;
  });
  freshness.critical = (alerts || []).filter((alert) => alert.level === "critical").length;
}

// How fresh the figures are: the last good refresh, and whether the latest failed. Data not
// refreshed for two rounds is stale: greyed, with a banner saying for how long, and the tab says so.
const freshness = { last: null, error: null, critical: 0, staleSince: null };
const baseTitle = document.title;
const staleAfter = 12000;

function showFreshness() {
  const age = freshness.last === null ? null : Date.now() - freshness.last;
  const stale = freshness.error !== null || (age !== null && age > staleAfter);
  document.body.classList.toggle("stale", stale);
  $("stale").hidden = !stale;
  if (stale) {
    // Said once as it goes stale (a live region), then only the age moves.
    if (freshness.staleSince === null) {
      freshness.staleSince = Date.now();
      $("stale-text").textContent = "These figures are stale: the dashboard cannot refresh them.";
    }
    const last = freshness.last === null ? "never refreshed" : `last refreshed ${time(freshness.last)}, ${duration(age)} ago`;
    setText($("stale-age"), `Stale for ${duration(Date.now() - (freshness.last ?? freshness.staleSince))} (${last})${freshness.error ? ": " + freshness.error : ""}.`);
  } else if (freshness.staleSince !== null) {
    freshness.staleSince = null;
    $("stale-text").textContent = "";
  }
  const title = stale ? "Stale · " + baseTitle : freshness.critical ? `(${freshness.critical}) Critical · ` + baseTitle : baseTitle;
  if (document.title !== title) document.title = title;
}

function duration(ms) {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? seconds + " s" : Math.floor(seconds / 60) + " min " + (seconds % 60) + " s";
}

// The last daily report (made at DAILY_REPORT_HOUR, also sent to the alert channels), a line a figure.
function renderReport(report) {
  $("report-panel").hidden = !report;
  if (!report) return;
  setText($("report-made"), "Made " + time(report.madeAt) + " for " + report.label + ".");
  const lines = report.text.split("\n").slice(1);
  keyed($("report"), lines, (line) => line, (line) => element("li", line));
}

function renderOverview(data) {
  renderAlerts(data.alerts);
  renderReport(data.report);
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
  keyed($("brains"), data.brains, (brain) => brain.worker, (brain) => {
    const row = element("tr");
    row.append(element("td", brain.worker), element("td", brain.host), element("td", brain.hospitals), element("td", brain.list + " (" + brain.network + ")"));
    return row;
  });
  const week = data.week, today = data.today;
  const web = (data.channels || {}).web, sms = (data.channels || {}).sms, whatsapp = (data.channels || {}).whatsapp, live = data.inProgress || { notFound: [], places: [] };
  tiles("totals", [
    ["calls today", today.calls],
    ["calls this week", week.calls],
    ["hand-offs this week (put through to a person)", data.handoffsWeek.total],
    ["hand-offs answered this week", data.handoffsWeek.answered],
    ["voicemails this week", week.voicemails],
    ["SMS sent this week", week.textsSent],
    ["WhatsApp sent from calls this week", week.whatsApp ? week.whatsApp.sent : 0],
    ["WhatsApp read this week", week.whatsApp ? week.whatsApp.read : 0],
    ["WhatsApp failed this week", week.whatsApp ? week.whatsApp.failed : 0],
    ["average turns", week.averageTurns.toFixed(1)],
    ["web conversations this week", web ? web.calls : 0],
    ["text conversations this week", sms ? sms.calls : 0],
    ["WhatsApp conversations this week", whatsapp ? whatsapp.calls : 0],
  ]);
  barChart("today-chart", outcomeBars(today, data.handoffsToday), "#0b5cad", "Outcome");
  barChart("week-chart", outcomeBars(week, data.handoffsWeek), "#2a7f62", "Outcome");
  dayColumns("days-chart", data.days);
  // Calls, calls still in progress, the web page and texts added up by the gateway, spelling
  // variants together, each name with its city and where it was asked.
  const notFound = (data.notInList || []).map((entry) => [entry.name + (entry.city ? " (" + entry.city + ")" : "") + " · " + entry.channels.join(", "), entry.count]);
  barChart("notfound-chart", notFound, "#a4161a", "Hospital asked for");
  const marked = (list, mark) => (list || []).map((entry) => [entry.name + mark, entry.count]);
  const byCount = (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]);
  const placesAsked = [].concat(marked(week.topPlaces, ""), marked(live.places, " · in progress"), marked(web && web.topPlaces, " · web"), marked(sms && sms.topPlaces, " · SMS"));
  keyed($("places"), placesAsked.sort(byCount).slice(0, 12), (pair) => pair[0], ([name, count]) => element("li", name + " — " + count), "No calls yet.");
  $("updated").textContent = "Updated " + time(data.generatedAt) + " · times and days in " + data.timeZone;
}

// One line per call, linking to the call's own page; nothing opens or closes on refresh.
function callLine(call) {
  const item = element("li");
  const anchor = element("a", `${time(call.ended)} · ${call.caller || "unknown caller"} · ${call.outcome} · ${plural(call.turns.length, "turn")} · ${call.duration} s`);
  anchor.href = "/admin/call/" + encodeURIComponent(call.call);
  item.append(anchor);
  const tags = [];
  if (call.language && call.language !== "en") tags.push(languages[call.language] || call.language);
  if (call.mode) tags.push(modes[call.mode] || call.mode);
  // Twilio said it ended: the record only waits for late callbacks.
  if (call.inProgress && ["completed", "busy", "failed", "no-answer", "canceled"].includes(call.status)) tags.push("ended, being filed");
  if (call.places.length) tags.push(call.places.slice(0, 3).join(", "));
  if (call.notFound.length) tags.push("not in the list: " + call.notFound.join(", "));
  if (call.recording && call.recording.status === "absent") tags.push("not recorded" + (call.recording.note ? " (" + call.recording.note + ")" : ""));
  if (tags.length) item.append(element("span", " · " + tags.join(" · "), "muted"));
  return item;
}

function renderLive(data) {
  keyed($("live"), data.calls, (call) => call.call, callLine, "No calls in progress.");
}

// One refresh at a time: a refresh asked for while one runs follows it.
let refreshing = null, again = false;

function refresh() {
  if (refreshing) { again = true; return refreshing; }
  refreshing = refreshOnce().finally(() => {
    refreshing = null;
    if (again) { again = false; refresh(); }
  });
  return refreshing;
}

async function refreshOnce() {
  try {
    renderOverview(await getJSON("/admin/overview"));
    freshness.last = Date.now();
    freshness.error = null;
    renderQueue(await getJSON(queueQuery()));
    renderLive(await getJSON("/admin/live"));
    await loadCalls();
    renderNetwork(await getJSON("/admin/network"));
  } catch (error) {
    freshness.error = error.message;
    $("updated").textContent = "Could not refresh: " + error.message;
  }
  showFreshness();
}

document.addEventListener("DOMContentLoaded", () => {
  $("logout").addEventListener("click", async () => {
    await fetch("/admin/logout", { method: "POST", headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" });
    window.location.href = "/admin/login";
  });
  // Ending every session of this user (other devices too) is asked once more; Cancel is focused.
  const confirmBox = $("logout-confirm");
  const cancelLogout = () => { confirmBox.hidden = true; $("logout-everywhere").focus(); };
  $("logout-everywhere").addEventListener("click", () => { confirmBox.hidden = false; $("logout-everywhere-no").focus(); });
  $("logout-everywhere-no").addEventListener("click", cancelLogout);
  confirmBox.addEventListener("keydown", (event) => { if (event.key === "Escape") cancelLogout(); });
  $("logout-everywhere-yes").addEventListener("click", async () => {
    await fetch("/admin/logout-everywhere", { method: "POST", headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" });
    window.location.href = "/admin/login";
  });
  $("upload").addEventListener("submit", upload);
  $("confirm-upload").addEventListener("click", confirmUpload);
  $("cancel-upload").addEventListener("click", () => { $("preview").hidden = true; pendingList = null; $("upload-result").textContent = "Nothing was changed."; });
  setupCallList();
  setupQueueTabs(() => { pageAddress(); refresh(); });
  refresh();
  setInterval(refresh, 5000);
  setInterval(showFreshness, 1000);
});
