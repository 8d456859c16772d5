// Loop AI's voice page: talks to POST /converse, speaks answers, shows hospitals as cards.
// Everything from the server is inserted as text (textContent), never as HTML.
"use strict";

const state = { session: null, busy: false, listening: false, lastQuestion: null };
const $ = (id) => document.getElementById(id);

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text || "";
  status.classList.toggle("error", Boolean(isError));
}

function addLine(kind, text) {
  const item = document.createElement("li");
  item.className = kind;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = kind === "me" ? "You" : kind === "loop" ? "Loop AI" : "Note";
  item.append(who, document.createTextNode(text));
  $("transcript").append(item);
  item.scrollIntoView({ block: "nearest" });
  return item;
}

function showCards(items) {
  const cards = $("cards");
  cards.replaceChildren();
  // An answer without hospitals clears the last list: cards on screen are always this answer's.
  $("no-cards").hidden = Boolean(items && items.length > 0);
  if (!items || items.length === 0) return;
  for (const hospital of items) {
    const card = document.createElement("li");
    card.className = "card";
    const name = document.createElement("h3");
    name.textContent = hospital.name;
    const address = document.createElement("p");
    address.textContent = hospital.address;
    const city = document.createElement("p");
    city.textContent = hospital.city;
    const actions = document.createElement("div");
    actions.className = "actions";
    const copy = document.createElement("button");
    copy.type = "button";
    copy.className = "secondary copy";
    copy.textContent = "Copy address";
    copy.setAttribute("aria-label", "Copy the address of " + hospital.name);
    copy.addEventListener("click", () => copyAddress(hospital, copy));
    const map = document.createElement("a");
    map.href = "https://www.google.com/maps/search/?api=1&query=" + encodeURIComponent(hospital.name + ", " + hospital.address + ", " + hospital.city);
    map.target = "_blank";
    map.rel = "noopener noreferrer";
    map.textContent = "Map";
    map.setAttribute("aria-label", "Open " + hospital.name + " on a map");
    actions.append(copy, map);
    card.append(name, address, city, actions);
    cards.append(card);
  }
}

async function copyAddress(hospital, button) {
  const text = hospital.name + "\n" + hospital.address + ", " + hospital.city;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch (error) {
    button.textContent = "Select and copy";
  }
  setTimeout(() => { button.textContent = "Copy address"; }, 2000);
}

function speak(text, language) {
  if ($("mute").checked || !("speechSynthesis" in window) || !text) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language === "hi" ? "hi-IN" : "en-IN";
  window.speechSynthesis.speak(utterance);
}

async function ask(text) {
  if (state.busy) return;
  state.busy = true;
  state.lastQuestion = text;
  $("send").disabled = true;
  setStatus("Thinking…");
  if (text) addLine("me", text);
  // The Language box chooses the conversation's language, not only the microphone's.
  const body = { text: text || "", language: $("language").value.startsWith("hi") ? "hi" : "en" };
  if (state.session) body.session_id = state.session;
  try {
    const response = await fetch("/converse", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const reply = await response.json().catch(() => ({ error: "The answer could not be read." }));
    if (!response.ok) {
      const wait = response.headers.get("Retry-After");
      throw new Error((reply.error || "Something went wrong.") + (wait ? "" : ""));
    }
    state.session = reply.ended ? null : reply.session_id;
    // The box follows the conversation ("Hindi" said or typed switches it too); changing it chooses.
    $("language").value = reply.language === "hi" ? "hi-IN" : "en-IN";
    addLine("loop", reply.speech);
    showCards(reply.items);
    if (reply.handoff) addLine("note", reply.handoff.message + (reply.handoff.number ? "" : ""));
    if (reply.handoff && reply.handoff.number) {
      const link = document.createElement("a");
      link.href = "tel:" + reply.handoff.number;
      link.textContent = "Call " + reply.handoff.number;
      $("transcript").lastElementChild.append(document.createElement("br"), link);
    }
    if (reply.ended) addLine("note", "This conversation has ended. Ask again to start a new one.");
    speak(reply.speech, reply.language);
    setStatus("");
  } catch (error) {
    setStatus(error.message + " ", true);
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "secondary";
    retry.id = "retry";
    retry.textContent = "Try again";
    retry.addEventListener("click", () => { setStatus(""); const again = state.lastQuestion; if (again) $("transcript").lastElementChild?.remove(); ask(again); });
    $("status").append(retry);
  } finally {
    state.busy = false;
    $("send").disabled = false;
  }
}

function newConversation() {
  window.speechSynthesis?.cancel();
  state.session = null;
  $("transcript").replaceChildren();
  $("cards").replaceChildren();
  $("no-cards").hidden = false;
  setStatus("");
  ask("");
  $("question").focus();
}

function setUpMicrophone() {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (!Recognition) return;
  const mic = $("mic");
  mic.hidden = false;
  let recognition = null;
  mic.addEventListener("click", () => {
    if (state.listening && recognition) { recognition.stop(); return; }
    recognition = new Recognition();
    recognition.lang = $("language").value;
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    recognition.onstart = () => { state.listening = true; mic.setAttribute("aria-pressed", "true"); setStatus("Listening… speak now."); };
    recognition.onerror = (event) => { setStatus(event.error === "not-allowed" ? "The microphone is blocked; type your question instead." : "I didn't catch that; try again or type.", true); };
    recognition.onend = () => { state.listening = false; mic.setAttribute("aria-pressed", "false"); if ($("status").textContent.startsWith("Listening")) setStatus(""); };
    recognition.onresult = (event) => { const said = event.results[0][0].transcript; $("question").value = ""; ask(said); };
    recognition.start();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  $("ask").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("question").value.trim();
    if (!text) return;
    $("question").value = "";
    ask(text);
  });
  $("new").addEventListener("click", newConversation);
  $("mute").addEventListener("change", () => { if ($("mute").checked) window.speechSynthesis?.cancel(); });
  setUpMicrophone();
  ask("");
});
