// One call, whole, at its own URL (/admin/call/CA…): refreshed every 5 s while it is in progress,
// redrawn in place so nothing an operator opened closes.
"use strict";

const sid = decodeURIComponent(window.location.pathname.split("/").pop() || "");

function fact(list, name, value) {
  if (value === undefined || value === null || value === "") return;
  list.append(element("dt", name), element("dd", value));
}

function render(call) {
  $("title").textContent = "Call " + call.call;
  const facts = $("facts");
  facts.replaceChildren();
  fact(facts, "Caller", call.caller || "unknown");
  fact(facts, "State", call.inProgress ? "in progress" : "ended" + (call.status ? " (" + call.status + ")" : ""));
  fact(facts, "Started", time(call.started));
  fact(facts, "Last activity", time(call.ended));
  fact(facts, "Duration", call.duration + " s");
  fact(facts, "Outcome", call.outcome);
  fact(facts, "Language", languages[call.language] || call.language || "English");
  fact(facts, "Mode", modes[call.mode] || call.mode || "–");
  fact(facts, "Places", call.places.join(", "));
  fact(facts, "Hospitals named", call.hospitals.join(", "));
  fact(facts, "Asked for, not in the list", call.notFound.join(", "));

  const turns = $("turns");
  turns.replaceChildren();
  if (call.turns.length === 0) turns.append(element("li", "No turns yet.", "muted"));
  for (const turn of call.turns) {
    const item = element("li", null, "turn");
    item.append(element("p", `${time(turn.at)} · ${turn.intent} → ${turn.outcome}${turn.language ? " · " + (languages[turn.language] || turn.language) : ""}`, "muted"));
    if (turn.said) item.append(element("p", "Caller: " + turn.said, "said"));
    if (turn.answer) item.append(element("p", "Loop AI: " + turn.answer, "answer"));
    const named = [].concat(turn.places || [], turn.hospitals || []);
    if (named.length) item.append(element("p", "Named: " + named.join(", "), "muted"));
    if (turn.notFound && turn.notFound.length) item.append(element("p", "Not in the list: " + turn.notFound.join(", "), "warning"));
    turns.append(item);
  }

  const extras = $("extras");
  extras.replaceChildren();
  for (const text of call.texts) extras.append(element("p", `SMS ${text.status} at ${time(text.at)}${text.note ? " — " + text.note : ""}`));
  if (call.recording) {
    const recording = element("p", `Recording: ${call.recording.status}${call.recording.duration ? ", " + call.recording.duration + " s" : ""}${call.recording.stoppedByCaller ? ", stopped at the caller's request" : ""}${call.recording.note ? " (" + call.recording.note + ")" : ""} `);
    if (call.recording.url) recording.append(link(call.recording.url, "open"), element("br"), player(call.recording.url));
    extras.append(recording);
  }
  if (call.handoff) extras.append(element("p", "Hand-off: " + call.handoff));
  if (call.voicemail) {
    const voicemail = element("p", `Voicemail at ${time(call.voicemail.at)}${call.voicemail.duration ? ", " + call.voicemail.duration + " s" : ""}, about ${call.voicemail.context || "?"} `);
    if (call.voicemail.url) voicemail.append(link(call.voicemail.url, "open"), element("br"), player(call.voicemail.url));
    extras.append(voicemail);
  }
  if (!extras.childElementCount) extras.append(element("p", "None on this call.", "muted"));
  $("updated").textContent = (call.inProgress ? "In progress · refreshed " : "Filed · ") + time(Date.now()) + " (" + zoneLabel() + ")";
  return call.inProgress;
}

async function refresh() {
  try {
    const live = render(await getJSON("/admin/calls/" + encodeURIComponent(sid)));
    if (live) setTimeout(refresh, 5000);
  } catch (error) {
    $("updated").textContent = "Could not load the call: " + error.message;
    setTimeout(refresh, 5000);
  }
}

document.addEventListener("DOMContentLoaded", refresh);
