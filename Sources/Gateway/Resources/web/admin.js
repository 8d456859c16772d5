// Loop AI's operator dashboard: polls /admin/overview, /admin/calls, /admin/voicemails and
// /admin/network; draws charts as inline SVG. Every value is inserted as text, never as HTML.
"use strict";

const csrf = document.querySelector('meta[name="csrf-token"]').content;
const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (response.status === 401) { window.location.href = "/admin/login"; throw new Error("Logged out"); }
  if (!response.ok) throw new Error(path + " answered " + response.status);
  return response.json();
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

function pairs(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
}

function time(ms) {
  return new Date(ms).toLocaleString();
}

function renderOverview(data) {
  const current = data.turnsPerMinute[data.turnsPerMinute.length - 1] || 0;
  tiles("now", [
    ["calls in progress", data.callsInProgress],
    ["turns this minute", current],
    ["latency p50 (ms, ≤)", data.latencyP50 ?? "–"],
    ["latency p99 (ms, ≤)", data.latencyP99 ?? "–"],
    ["brains alive", data.brains.length],
    ["queue depth", data.queueDepth],
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
  tiles("totals", [
    ["calls today", today.calls],
    ["calls this week", week.calls],
    ["hand-offs this week", Object.values(week.handoffs).reduce((a, b) => a + b, 0)],
    ["voicemails this week", week.voicemails],
    ["SMS sent this week", week.textsSent],
    ["average turns", week.averageTurns.toFixed(1)],
  ]);
  barChart("today-chart", pairs(today.outcomes), "#0b5cad");
  barChart("week-chart", pairs(week.outcomes), "#2a7f62");
  barChart("notfound-chart", week.topNotFound.map((entry) => [entry.name, entry.count]), "#a4161a");
  const places = $("places");
  places.replaceChildren();
  for (const entry of week.topPlaces) places.append(element("li", entry.name + " — " + entry.count));
  if (week.topPlaces.length === 0) places.append(element("li", "No calls yet.", "muted"));
  $("updated").textContent = "Updated " + time(data.generatedAt);
}

function link(href, text) {
  const anchor = element("a", text);
  // Only Twilio's own recordings are linked; anything else stays plain text.
  if (/^https:\/\/([a-z0-9-]+\.)*twilio\.com\//i.test(href)) { anchor.href = href; anchor.rel = "noopener noreferrer"; anchor.target = "_blank"; }
  return anchor;
}

function renderCalls(page) {
  const list = $("calls");
  list.replaceChildren();
  if (page.calls.length === 0) list.append(element("li", "No closed calls yet.", "muted"));
  for (const call of page.calls) {
    const item = element("li");
    const details = element("details");
    const summary = element("summary", `${time(call.ended)} · ${call.caller || "unknown caller"} · ${call.outcome} · ${call.turns.length} turns · ${call.duration} s${call.mode ? " · " + (call.mode === "relay" ? "ConversationRelay" : "Gather") : ""}${call.language === "hi" ? " · Hindi" : ""}`);
    details.append(summary);
    const turns = element("ol");
    for (const turn of call.turns) turns.append(element("li", `${turn.intent} → ${turn.outcome}`));
    details.append(turns);
    if (call.notFound.length) details.append(element("p", "Not in the list: " + call.notFound.join(", ")));
    if (call.recording && call.recording.url) details.append(link(call.recording.url, "Recording"), element("span", " "));
    else if (call.recording && call.recording.status === "absent") details.append(element("span", `Not recorded${call.recording.note ? " (" + call.recording.note + ")" : ""} `, "warning"));
    if (call.voicemail && call.voicemail.url) details.append(link(call.voicemail.url, "Voicemail"));
    item.append(details);
    list.append(item);
  }
}

function renderVoicemails(data) {
  const list = $("voicemails");
  list.replaceChildren();
  if (data.voicemails.length === 0) list.append(element("li", "No voicemails.", "muted"));
  for (const voicemail of data.voicemails) {
    const item = element("li", `${time(voicemail.at)} · ${voicemail.caller || "unknown"} · about ${voicemail.context || "?"} · `);
    if (voicemail.recordingURL) item.append(link(voicemail.recordingURL, "listen"));
    if (voicemail.language && voicemail.language !== "en") item.append(element("span", ` · ${voicemail.language === "hi" ? "Hindi" : voicemail.language}`));
    if (voicemail.transcription) item.append(element("p", "“" + voicemail.transcription + "”"));
    else if (voicemail.untranscribed) item.append(element("p", voicemail.untranscribed, "muted"));
    list.append(item);
  }
}

function renderNetwork(data) {
  const text = data.current
    ? `Version ${data.current.version}: ${data.current.rows} hospitals, uploaded by ${data.current.uploadedBy} on ${time(data.current.uploadedAt)}.`
    : "No list uploaded: brains serve their HOSPITALS_CSV file.";
  const serving = data.brains.map((brain) => `${brain.worker}: ${brain.list}`).join("; ");
  $("network").textContent = text + (serving ? " Serving — " + serving : "");
}

async function refresh() {
  try {
    renderOverview(await getJSON("/admin/overview"));
    renderCalls(await getJSON("/admin/calls?limit=20"));
    renderVoicemails(await getJSON("/admin/voicemails?limit=20"));
    renderNetwork(await getJSON("/admin/network"));
  } catch (error) {
    $("updated").textContent = "Could not refresh: " + error.message;
  }
}

async function upload(event) {
  event.preventDefault();
  const file = $("csv").files[0];
  if (!file) return;
  const result = $("upload-result");
  result.classList.remove("error");
  result.textContent = "Checking " + file.name + "…";
  $("upload-button").disabled = true;
  try {
    const response = await fetch("/upload-csv", { method: "POST", headers: { "Content-Type": "text/csv", "X-CSRF-Token": csrf }, body: await file.text(), credentials: "same-origin" });
    const answer = await response.json().catch(() => ({ error: "The answer could not be read." }));
    if (!response.ok) throw new Error(answer.error || "Upload failed.");
    result.textContent = `Version ${answer.version} stored: ${answer.rows} hospitals. Brains load it within a few seconds.`;
    refresh();
  } catch (error) {
    result.classList.add("error");
    result.textContent = error.message;
  } finally {
    $("upload-button").disabled = false;
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
  refresh();
  setInterval(refresh, 5000);
});
