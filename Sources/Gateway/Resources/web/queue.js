// The callback queue: voicemails, hand-offs nobody took, texts that failed and emergencies, as
// work with tabs (New, Mine, Overdue, Closed), a target time, a named assignee, a note on every
// move, an outcome on close, the whole history, and the callback number on request (logged).
// Used by the dashboard and by a call's own page (one item).
"use strict";

const reasonNames = { voicemail: "Voicemail", "unanswered-handoff": "Hand-off not answered", "failed-text": "Text failed", emergency: "Emergency" };
const workStates = { new: "New", assigned: "Assigned", "called-back": "Called back", closed: "Closed" };
const nextStates = { new: ["assigned", "closed"], assigned: ["assigned", "called-back", "closed"], "called-back": ["assigned", "closed"], closed: ["new"] };
const moveNames = { assigned: "Assign", "called-back": "Called back", closed: "Close", new: "Reopen" };
const outcomeNames = {
  "reached-member": "Reached the member", "no-answer": "No answer after tries", "wrong-number": "Wrong number",
  "resolved-otherwise": "Resolved another way", "not-needed": "No callback needed",
};
// Numbers revealed on this page stay shown across refreshes (each reveal was logged once).
const revealed = {};
const queueState = { tab: "new", listing: null };

async function postJSON(path, body) {
  const response = await fetch(path, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, Accept: "application/json" },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((answer.error && answer.error.message) || answer.error || path + " answered " + response.status);
  return answer;
}

function span(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return minutes + " min";
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : Math.floor(hours / 24) + " days";
}

// Age and target, said against now; refreshed in place every few seconds (`updateAges`).
function timing(item) {
  const now = Date.now();
  const age = `${span(now - item.at)} ago`;
  if (item.work.state === "closed") return age;
  return item.overdue || now > item.due ? `${age} · overdue by ${span(now - item.due)} (target ${time(item.due)})` : `${age} · due ${time(item.due)} (in ${span(item.due - now)})`;
}

function updateAges() {
  for (const line of document.querySelectorAll(".callback .timing")) {
    const item = JSON.parse(line.closest(".callback").dataset.signature);
    setText(line, timing(item));
  }
}

function historyList(item) {
  const details = element("details", null, "history");
  details.dataset.control = "history";
  details.append(element("summary", `History (${item.work.history.length})`));
  const list = element("ol", null, "plain");
  for (const step of item.work.history) {
    const what = step.action === "revealed-number" ? "number revealed" : workStates[step.action] || step.action;
    let text = `${time(step.at)} · ${what} by ${step.by}`;
    if (step.outcome) text += ` · ${outcomeNames[step.outcome] || step.outcome}`;
    if (step.note) text += ` — ${step.note}`;
    list.append(element("li", text));
  }
  if (!item.work.history.length) list.append(element("li", "Nothing done yet.", "muted"));
  details.append(list);
  return details;
}

function labelled(text, field) {
  const label = element("label", text + " ");
  label.append(field);
  return label;
}

function select(name, options, chosen) {
  const field = element("select");
  field.name = name;
  field.dataset.control = name;
  for (const [value, text] of options) {
    const option = element("option", text);
    option.value = value;
    if (value === chosen) option.selected = true;
    field.append(option);
  }
  return field;
}

// The move form: what next, to whom or with what outcome, and the note every move needs.
function moveForm(item, listing) {
  const form = element("form", null, "move");
  const moves = nextStates[item.work.state] || [];
  const next = select("state", moves.map((state) => [state, moveNames[state] || state]), moves[0]);
  const colleagues = (listing && listing.colleagues) || [];
  const me = (listing && listing.operatorName) || "";
  const assignee = select("assignee", [...new Set([me, ...colleagues])].filter(Boolean).map((name) => [name, name === me ? name + " (me)" : name]), me);
  const outcome = select("outcome", Object.entries(outcomeNames), "reached-member");
  const note = element("input");
  note.name = "note";
  note.required = true;
  note.maxLength = 500;
  note.placeholder = "What was done, or why";
  note.dataset.control = "note";
  const who = labelled("To", assignee), how = labelled("Outcome", outcome);
  const show = () => { who.hidden = next.value !== "assigned"; how.hidden = next.value !== "closed"; };
  next.addEventListener("change", show);
  show();
  const save = element("button", "Save", "secondary");
  save.type = "submit";
  save.dataset.control = "save";
  form.append(labelled("Move", next), who, how, labelled("Note", note), save);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { state: next.value, note: note.value.trim() };
    if (next.value === "assigned") body.assignee = assignee.value;
    if (next.value === "closed") body.outcome = outcome.value;
    working(form.closest(".callback"), postJSON(`/admin/queue/${encodeURIComponent(item.call)}/move`, body));
  });
  return form;
}

function callbackItem(item, listing, linked = true) {
  const row = element(linked ? "li" : "div", null, "callback" + (item.overdue ? " overdue" : ""));
  row.dataset.call = item.call;
  const head = element("p", null, "head");
  const who = `${time(item.at)} · ${item.caller || "unknown caller"}`;
  if (linked) {
    const open = element("a", who);
    open.href = "/admin/call/" + encodeURIComponent(item.call);
    open.dataset.control = "open";
    head.append(open);
  } else head.append(element("span", who));
  for (const reason of item.reasons) head.append(element("span", reasonNames[reason] || reason, "badge " + reason));
  if (item.language && item.language !== "en") head.append(element("span", " " + (languages[item.language] || item.language)));
  row.append(head);
  if (item.context) row.append(element("p", "About " + item.context));
  row.append(element("p", timing(item), "timing" + (item.overdue ? " warning" : " muted")));
  if (item.recordingSid) row.append(player(item.recordingSid));
  if (item.transcription) row.append(element("p", "“" + item.transcription + "”"));
  else if (item.untranscribed && item.recordingSid) row.append(element("p", item.untranscribed, "muted"));
  const state = element("p", null, "work");
  state.append(element("strong", workStates[item.work.state] || item.work.state, "state"));
  if (item.work.assignee && item.work.state !== "new") state.append(element("span", " · " + item.work.assignee, "assignee"));
  if (item.work.outcome) state.append(element("span", " · " + (outcomeNames[item.work.outcome] || item.work.outcome)));
  row.append(state);
  const actions = element("div", null, "actions");
  if (item.hasCallbackNumber) {
    const reveal = element("button", "Show callback number", "secondary reveal");
    reveal.type = "button";
    reveal.dataset.control = "reveal";
    reveal.addEventListener("click", () => working(row, postJSON(`/admin/queue/${encodeURIComponent(item.call)}/reveal`)
      .then((answer) => { revealed[item.call] = answer.number; })));
    actions.append(reveal);
    if (item.revealed) {
      const number = element("a", item.revealed, "number");
      number.href = "tel:" + item.revealed;
      actions.append(number);
    }
  } else actions.append(element("span", "No callback number kept for this call.", "muted"));
  row.append(actions, moveForm(item, listing), historyList(item));
  return row;
}

// A row with a request out is not redrawn under the operator; once answered the page refreshes.
function working(row, request) {
  if (row) row.dataset.pending = "1";
  return request.catch(showError).finally(() => { if (row) delete row.dataset.pending; refresh(); });
}

function renderQueue(listing) {
  queueState.listing = listing;
  for (const tab of document.querySelectorAll("#queue-tabs [data-tab]")) {
    const name = tab.dataset.tab;
    tab.setAttribute("aria-selected", String(name === queueState.tab));
    tab.tabIndex = name === queueState.tab ? 0 : -1;
    setText(tab.querySelector(".count"), String(listing.counts[name] || 0));
  }
  setText($("queue-target"), `Target: called back within ${listing.targetHours} working hours (${listing.workingHours}, Monday to Saturday, ${zoneLabel()}).`);
  const items = listing.items.map((item) => ({ ...item, revealed: revealed[item.call] || null }));
  keyed($("queue"), items, (item) => item.call, (item) => callbackItem(item, listing), "Nothing here.");
}

function queueQuery() {
  return "/admin/queue?tab=" + encodeURIComponent(queueState.tab);
}

function setupQueueTabs(onChange) {
  const given = new URLSearchParams(window.location.search).get("tab");
  if (given && document.querySelector(`#queue-tabs [data-tab="${CSS.escape(given)}"]`)) queueState.tab = given;
  const tabs = [...document.querySelectorAll("#queue-tabs [data-tab]")];
  for (const tab of tabs) {
    tab.addEventListener("click", () => { queueState.tab = tab.dataset.tab; onChange(); });
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  }
  setInterval(updateAges, 15000);
}
