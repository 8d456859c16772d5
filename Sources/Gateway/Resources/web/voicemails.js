// The dashboard's voicemails: work items an operator takes, calls back and closes, and the
// callback number shown on request (each reveal is logged by the gateway).
"use strict";

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

