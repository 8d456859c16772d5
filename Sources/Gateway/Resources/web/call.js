// One call, whole, at its own URL (/admin/call/CA…): refreshed every 5 s while it is in progress,
// redrawn in place so nothing an operator opened closes.
"use strict";

const sid = decodeURIComponent(window.location.pathname.split("/").pop() || "");

// Where the call stands, in words (the gateway says which phase): a call Twilio reported ended is
// never "in progress" while its record waits for late callbacks, and one it never reported ended
// says when it is filed anyway.
function stateText(call) {
  const status = call.status ? " (" + call.status + ")" : "";
  switch (call.phase) {
    case "ended":
      return "Ended" + status + "; filed at " + clock(call.closesAt) + ", once late callbacks such as the recording's are in";
    case "in-progress":
      return "In progress" + (call.closesAt ? "; if Twilio never reports its end, filed at " + clock(call.closesAt) + " (the session's lifetime after the last turn)" : "");
    case "filed-without-end":
      return "Ended; Twilio never reported its end, so it was filed after the session's lifetime without a turn";
    default:
      return "Ended" + status;
  }
}

function clock(ms) {
  return new Date(ms).toLocaleTimeString("en-IN", { timeZone, timeStyle: "short" });
}

// A recording's state as an operator reads it; Twilio's own word in brackets.
const recordingStates = {
  started: "recording", "in-progress": "recording", completed: "ready to play", absent: "not made: no sound was recorded", failed: "failed",
};

// How long the caller waited for the answer, and how sure the recogniser was of what it heard.
function turnFigures(turn) {
  const figures = [];
  if (typeof turn.latencyMs === "number") figures.push("answered in " + (turn.latencyMs < 1000 ? turn.latencyMs + " ms" : (turn.latencyMs / 1000).toFixed(1) + " s"));
  if (typeof turn.confidence === "number") figures.push("recogniser " + Math.round(turn.confidence * 100) + "% sure");
  return figures;
}

// The page's title: who (masked), when, and what came of it — short enough for a phone.
function title(call) {
  return [call.caller || "Unknown caller", time(call.started), callOutcomeNames[call.outcome] || call.outcome].join(" · ");
}

// Each fact is a dt/dd pair in a div (valid in a dl), so it is one keyed child.
function facts(call) {
  return [
    ["Caller", call.caller || "unknown"],
    ["State", stateText(call)],
    ["Call", call.call],
    ["Started", time(call.started)],
    ["Last activity", time(call.ended)],
    ["Duration", call.duration + " s"],
    ["Outcome", call.outcome],
    ["Language", languages[call.language] || call.language || "English"],
    ["Mode", modes[call.mode] || call.mode || "–"],
    ["Places", call.places.join(", ")],
    ["Hospitals named", call.hospitals.join(", ")],
    ["Asked for, not in the list", call.notFound.join(", ")],
    ["WhatsApp consent", call.whatsAppConsent ? "given at " + time(call.whatsAppConsent) : undefined],
  ].filter((pair) => pair[1] !== undefined && pair[1] !== null && pair[1] !== "");
}

function turnItem(turn) {
  const item = element("li", null, "turn");
  const heading = [time(turn.at), turn.intent + " → " + turn.outcome].concat(turn.language ? [languages[turn.language] || turn.language] : [], turnFigures(turn));
  item.append(element("p", heading.join(" · "), "muted"));
  if (turn.said) item.append(element("p", "Caller: " + turn.said, "said"));
  if (turn.answer) item.append(element("p", "Loop AI: " + turn.answer, "answer"));
  const named = [].concat(turn.places || [], turn.hospitals || []);
  if (named.length) item.append(element("p", "Named: " + named.join(", "), "muted"));
  if (turn.notFound && turn.notFound.length) item.append(element("p", "Not in the list: " + turn.notFound.join(", "), "warning"));
  return item;
}

// Texts, the recording, the hand-off and the voicemail, each a keyed entry: a recording being
// played is never redrawn under the listener.
function extras(call) {
  const entries = call.texts.map((text, index) => ({ key: "text-" + index, text }));
  if (call.recording) entries.push({ key: "recording", recording: call.recording });
  if (call.handoff) entries.push({ key: "handoff", handoff: call.handoff });
  if (call.voicemail) entries.push({ key: "voicemail", voicemail: call.voicemail });
  return entries;
}

function extraItem(entry) {
  if (entry.text) {
    const text = entry.text;
    const channel = text.channel === "whatsapp" ? "WhatsApp" : "SMS";
    return element("p", `${channel} ${text.status} at ${time(text.at)}${text.note ? " — " + text.note : ""}`);
  }
  if (entry.recording) {
    const recording = entry.recording;
    const state = recordingStates[recording.status] ? recordingStates[recording.status] + " (" + recording.status + ")" : recording.status;
    const line = element("p", `Recording: ${state}${recording.duration ? ", " + recording.duration + " s" : ""}${recording.stoppedByCaller ? ", stopped at the caller's request" : ""}${recording.note ? " (" + recording.note + ")" : ""} `);
    if (recording.sid) line.append(download(recording.sid), element("br"), player(recording.sid));
    return line;
  }
  if (entry.handoff) return element("p", "Hand-off: " + entry.handoff);
  const voicemail = entry.voicemail;
  const line = element("p", `Voicemail at ${time(voicemail.at)}${voicemail.duration ? ", " + voicemail.duration + " s" : ""}, about ${voicemail.context || "?"} `);
  if (voicemail.sid) line.append(download(voicemail.sid), element("br"), player(voicemail.sid));
  return line;
}

function render(call) {
  setText($("title"), title(call));
  if (document.title !== "Loop AI — " + title(call)) document.title = "Loop AI — " + title(call);
  keyed($("facts"), facts(call), (pair) => pair[0], ([name, value]) => {
    const pair = element("div");
    pair.append(element("dt", name), element("dd", value));
    return pair;
  });
  keyed($("turns"), call.turns, (turn) => turn.at + ":" + call.turns.indexOf(turn), turnItem, "No turns yet.");
  keyed($("extras"), extras(call), (entry) => entry.key, extraItem, "None on this call.");
  $("updated").textContent = (call.phase === "in-progress" ? "In progress · refreshed " : call.inProgress ? "Ended, being filed · refreshed " : "Filed · ") + time(Date.now()) + " (" + zoneLabel() + ")";
  return call.inProgress;
}

// The call's place in the callback queue, if it has one: its state, transcription and the moves
// an operator can make from here. Colleagues to assign to come with the queue's listing.
let queueListing = null;

async function renderCallback() {
  if (!queueListing) queueListing = await getJSON("/admin/queue?tab=mine");
  const response = await fetch("/admin/queue/" + encodeURIComponent(sid), { headers: { Accept: "application/json" }, credentials: "same-origin" });
  $("callback-panel").hidden = response.status === 404;
  if (!response.ok) return;
  const item = await response.json();
  keyed($("callback"), [{ ...item, revealed: revealed[item.call] || null }], (entry) => entry.call, (entry) => callbackItem(entry, queueListing, false));
}

async function refresh() {
  try {
    await renderCallback();
    const live = render(await getJSON("/admin/calls/" + encodeURIComponent(sid)));
    if (live) setTimeout(refresh, 5000);
  } catch (error) {
    $("updated").textContent = "Could not load the call: " + error.message;
    setTimeout(refresh, 5000);
  }
}

document.addEventListener("DOMContentLoaded", refresh);
