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

// Numbers revealed on this page stay shown across refreshes (each reveal was logged once).
const revealed = {};
const workStates = { new: "New", assigned: "Assigned", "called-back": "Called back", closed: "Closed" };
const nextStates = { new: ["assigned"], assigned: ["called-back", "closed"], "called-back": ["closed"], closed: ["new"] };

async function postJSON(path, body) {
  const response = await fetch(path, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, Accept: "application/json" },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error || path + " answered " + response.status);
  return answer;
}

// Each voicemail is a piece of work: its state, who has it, what happened, and the callback
// number for whoever calls back (revealed on request, and the reveal is logged).
function renderVoicemails(data) {
  const list = $("voicemails");
  list.replaceChildren();
  if (data.voicemails.length === 0) list.append(element("li", "No voicemails.", "muted"));
  for (const voicemail of data.voicemails) {
    const work = voicemail.work || { state: "new", history: [] };
    const item = element("li", null, "voicemail");
    item.dataset.call = voicemail.call;
    const head = element("p");
    const open = element("a", `${time(voicemail.at)} · ${voicemail.caller || "unknown"}`);
    open.href = "/admin/call/" + encodeURIComponent(voicemail.call);
    head.append(open, element("span", ` · about ${voicemail.context || "?"}`));
    if (voicemail.language && voicemail.language !== "en") head.append(element("span", " · " + (languages[voicemail.language] || voicemail.language)));
    item.append(head);
    if (voicemail.recordingURL) item.append(player(voicemail.recordingURL));
    if (voicemail.transcription) item.append(element("p", "“" + voicemail.transcription + "”"));
    else if (voicemail.untranscribed) item.append(element("p", voicemail.untranscribed, "muted"));
    const state = element("p", null, "work");
    state.append(element("strong", workStates[work.state] || work.state, "state"));
    if (work.assignee) state.append(element("span", " · " + work.assignee));
    const last = work.history[work.history.length - 1];
    if (last) state.append(element("span", ` · ${last.action} by ${last.by}, ${time(last.at)}`, "muted"));
    item.append(state);
    const actions = element("div", null, "actions");
    for (const next of nextStates[work.state] || []) {
      const button = element("button", next === "new" ? "Reopen" : "Mark " + (workStates[next] || next).toLowerCase(), "secondary");
      button.type = "button";
      button.dataset.state = next;
      button.addEventListener("click", () => postJSON(`/admin/voicemails/${encodeURIComponent(voicemail.call)}/state`, { state: next })
        .then(refresh).catch(showError));
      actions.append(button);
    }
    if (voicemail.hasCallbackNumber) {
      const reveal = element("button", "Show callback number", "secondary reveal");
      reveal.type = "button";
      const shown = element("span", revealed[voicemail.call] ? " " + revealed[voicemail.call] : "", "number");
      reveal.addEventListener("click", async () => {
        try {
          revealed[voicemail.call] = (await postJSON(`/admin/voicemails/${encodeURIComponent(voicemail.call)}/reveal`)).number;
          shown.textContent = " " + revealed[voicemail.call];
        } catch (error) { showError(error); }
      });
      actions.append(reveal, shown);
    }
    item.append(actions);
    list.append(item);
  }
}

function renderNetwork(data) {
  const text = data.current
    ? `Version ${data.current.version}: ${data.current.rows} hospitals, uploaded by ${data.current.uploadedBy} on ${time(data.current.uploadedAt)}.`
    : "No list uploaded: brains serve the file they were started with.";
  const serving = data.brains.map((brain) => `${brain.worker}: ${brain.list}`).join("; ");
  $("network").textContent = text + (serving ? " Serving — " + serving : "");
  $("download-list").hidden = !data.current;
  const versions = $("versions");
  versions.replaceChildren();
  if (!data.versions || data.versions.length === 0) versions.append(element("li", "None kept yet.", "muted"));
  for (const version of data.versions || []) {
    const item = element("li", `Version ${version.version}: ${version.rows} hospitals, ${version.uploadedBy}, ${time(version.uploadedAt)} `);
    const download = element("a", "download");
    download.href = "/admin/network/csv?version=" + version.version;
    item.append(download);
    if (data.current && version.version !== data.current.version) {
      const back = element("button", "Put this version back", "secondary");
      back.type = "button";
      back.addEventListener("click", async () => {
        if (!window.confirm(`Put version ${version.version} back as the list in use?`)) return;
        try {
          const answer = await postJSON("/admin/network/rollback", { version: version.version });
          $("upload-result").textContent = `Version ${version.version} is back as version ${answer.version}. Brains load it within a few seconds.`;
          refresh();
        } catch (error) { showError(error); }
      });
      item.append(element("span", " "), back);
    }
    versions.append(item);
  }
}

function entries(target, items, describe) {
  const list = $(target);
  list.replaceChildren();
  if (items.length === 0) list.append(element("li", "None.", "muted"));
  for (const item of items) list.append(element("li", describe(item)));
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

// Uploading is two steps: the list is checked and compared with the one in use (nothing
// changes), then, if the operator agrees, stored.
let pendingList = null;

async function sendList(preview) {
  const response = await fetch("/upload-csv" + (preview ? "?preview=true" : ""), {
    method: "POST", headers: { "Content-Type": "text/csv", "X-CSRF-Token": csrf, Accept: "application/json" }, body: pendingList, credentials: "same-origin",
  });
  const answer = await response.json().catch(() => ({ error: "The answer could not be read." }));
  if (!response.ok) throw new Error(answer.error || "Upload failed.");
  return answer;
}

async function upload(event) {
  event.preventDefault();
  const file = $("csv").files[0];
  if (!file) return;
  const result = $("upload-result");
  result.classList.remove("error");
  result.textContent = "Checking " + file.name + "…";
  $("upload-button").disabled = true;
  $("preview").hidden = true;
  try {
    pendingList = await file.text();
    const preview = await sendList(true);
    const against = preview.comparedWith ? `compared with version ${preview.comparedWith}` : "nothing uploaded before to compare with";
    $("preview-summary").textContent =
      `${preview.rows} ${preview.rows === 1 ? "hospital" : "hospitals"} in ${preview.cities} ${preview.cities === 1 ? "city" : "cities"} (most in ${preview.topCities.slice(0, 3).map((city) => city.name + " " + city.hospitals).join(", ")}); ` +
      `${against}: ${preview.added} added, ${preview.removed} removed, ${preview.changed} with a new address.` +
      (preview.skipped.length ? ` ${preview.skipped.length} duplicate rows left out.` : "") +
      (preview.errors.length ? ` It cannot be stored: ${preview.errors.length} rows cannot be used (${preview.errors.slice(0, 5).map((row) => "row " + row.row + " " + row.reason).join("; ")}).` : "");
    entries("preview-added", preview.examples.added, (hospital) => `${hospital.name}, ${hospital.city}`);
    entries("preview-removed", preview.examples.removed, (hospital) => `${hospital.name}, ${hospital.city}`);
    entries("preview-changed", preview.examples.changed, (change) => `${change.name}, ${change.city}: ${change.before} → ${change.after}`);
    $("confirm-upload").disabled = preview.errors.length > 0;
    $("preview").hidden = false;
    result.textContent = "Nothing has changed yet.";
  } catch (error) {
    result.classList.add("error");
    result.textContent = error.message;
  } finally {
    $("upload-button").disabled = false;
  }
}

async function confirmUpload() {
  const result = $("upload-result");
  $("confirm-upload").disabled = true;
  try {
    const answer = await sendList(false);
    result.classList.remove("error");
    result.textContent = `Version ${answer.version} stored: ${answer.rows} hospitals. Brains load it within a few seconds.`;
    $("preview").hidden = true;
    pendingList = null;
    refresh();
  } catch (error) {
    result.classList.add("error");
    result.textContent = error.message;
  } finally {
    $("confirm-upload").disabled = false;
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
