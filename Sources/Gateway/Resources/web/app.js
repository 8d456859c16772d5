// Loop AI's voice page: talks to POST /converse, speaks answers, shows hospitals as cards.
// Everything from the server is inserted as text (textContent), never as HTML.
"use strict";

const state = { session: null, busy: false, listening: false, lastQuestion: null, asked: false, language: "en" };
const $ = (id) => document.getElementById(id);

// The page's words in the conversation's language (page-strings.js).
function words() {
  return pageStrings[state.language] || pageStrings.en;
}

// The languages this deployment offers: the gateway writes one option per language of LANGUAGES,
// its value the recogniser's locale ("mr-IN"), its lang the language's code.
function offered() {
  return [...$("language").options].map((option) => option.lang);
}

// Puts the whole page in `language` (a code of page-strings.js): its lang attribute, every labelled
// element, the box's choice. Remembered for the next visit.
function applyLanguage(language) {
  state.language = pageStrings[language] ? language : "en";
  const w = words();
  document.documentElement.lang = state.language;
  document.title = w.pageTitle;
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = w[node.dataset.text];
  for (const node of document.querySelectorAll("[data-placeholder]")) node.placeholder = w[node.dataset.placeholder];
  for (const node of document.querySelectorAll("[data-label]")) node.setAttribute("aria-label", w[node.dataset.label]);
  for (const node of document.querySelectorAll("[data-title]")) node.title = w[node.dataset.title];
  if (offered().includes(state.language)) $("language").value = state.language + "-IN";
  try { localStorage.setItem("loopai-language", state.language); } catch (error) { /* private mode: not remembered */ }
}

// The scripts the conversation's languages are written in. Two share Devanagari, so a Devanagari
// line is the conversation's language when that is one of them, else the first listed.
const scripts = [["hi", /[\u0900-\u097F]/], ["mr", /[\u0900-\u097F]/], ["kn", /[\u0C80-\u0CFF]/]];

// What a line the member typed is written in: its script's language; Latin letters in another
// language's conversation are that language written in Latin ("mujhe Pune ke hospital batao").
function languageOf(text) {
  const written = scripts.filter(([, script]) => script.test(text)).map(([code]) => code);
  if (written.includes(state.language)) return state.language;
  if (written.length > 0) return written[0];
  return state.language === "en" ? "en" : state.language + "-Latn";
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text || "";
  status.classList.toggle("error", Boolean(isError));
}

// One bubble, its lang saying what it is written in so it is read (and spoken) in that language.
function addLine(kind, text, language) {
  const item = document.createElement("li");
  item.className = kind;
  item.lang = language || state.language;
  const who = document.createElement("span");
  who.className = "who";
  who.lang = state.language;
  who.textContent = kind === "me" ? words().you : kind === "loop" ? words().loop : words().note;
  item.append(who, document.createTextNode(text));
  $("transcript").append(item);
  item.scrollIntoView({ block: "nearest" });
  return item;
}

// A follow-up about one hospital already on screen ("the second one's address") keeps the list
// and marks that card; any other answer's hospitals replace it.
function showCards(items) {
  const cards = $("cards");
  const shown = [...cards.children];
  if (items && items.length === 1) {
    const same = shown.find((card) => card.dataset.name === items[0].name && card.dataset.city === items[0].city);
    if (same) {
      for (const card of shown) card.classList.toggle("picked", card === same);
      for (const card of shown) if (card === same) card.setAttribute("aria-current", "true"); else card.removeAttribute("aria-current");
      same.scrollIntoView({ block: "nearest" });
      return;
    }
  }
  cards.replaceChildren();
  // An answer without hospitals clears the last list: cards on screen are always this answer's.
  $("no-cards").hidden = Boolean(items && items.length > 0);
  if (!items || items.length === 0) return;
  for (const hospital of items) {
    const card = document.createElement("li");
    card.className = "card";
    card.dataset.name = hospital.name;
    card.dataset.city = hospital.city;
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
    copy.lang = state.language;
    copy.textContent = words().copy;
    copy.setAttribute("aria-label", words().copyLabel(hospital.name));
    copy.addEventListener("click", () => copyAddress(hospital, copy));
    const map = document.createElement("a");
    map.href = "https://www.google.com/maps/search/?api=1&query=" + encodeURIComponent(hospital.name + ", " + hospital.address + ", " + hospital.city);
    map.target = "_blank";
    map.rel = "noopener noreferrer";
    map.lang = state.language;
    map.textContent = words().map;
    map.setAttribute("aria-label", words().mapLabel(hospital.name));
    actions.append(copy, map);
    card.append(name, address, city, actions);
    cards.append(card);
  }
}

async function copyAddress(hospital, button) {
  const text = hospital.name + "\n" + hospital.address + ", " + hospital.city;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = words().copied;
  } catch (error) {
    button.textContent = words().selectCopy;
  }
  setTimeout(() => { button.textContent = words().copy; }, 2000);
}

function speak(text, language) {
  if ($("mute").checked || !("speechSynthesis" in window) || !text) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = (pageStrings[language] ? language : "en") + "-IN";
  window.speechSynthesis.speak(utterance);
}

async function ask(text) {
  if (state.busy) return;
  state.busy = true;
  state.lastQuestion = text;
  $("send").disabled = true;
  setStatus(words().thinking);
  if (text) { addLine("me", text, languageOf(text)); state.asked = true; }
  // The Language box chooses the conversation's language, not only the microphone's.
  const body = { text: text || "", language: state.language };
  if (state.session) body.session_id = state.session;
  try {
    const response = await fetch("/converse", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const reply = await response.json().catch(() => ({ error: words().unreadable }));
    if (!response.ok) throw new Error(reply.error || words().wrong);
    state.session = reply.ended ? null : reply.session_id;
    // The page follows the conversation (a language named or typed switches it too); changing the box chooses.
    if (reply.language !== state.language && !state.restartWhenIdle) applyLanguage(reply.language);
    const answer = addLine("loop", reply.speech, reply.language);
    // 112 and 108, as the answer says them, one tap away.
    if (reply.emergency) telLinks(answer, [["112", words().emergency], ["108", words().ambulance]]);
    showCards(reply.items);
    if (reply.handoff) {
      const note = addLine("note", reply.handoff.message, reply.language);
      if (reply.handoff.number) telLinks(note, [[reply.handoff.number, words().call(reply.handoff.number)]]);
    }
    if (reply.ended) addLine("note", words().ended);
    speak(reply.speech, reply.language);
    setStatus("");
  } catch (error) {
    setStatus(error.message + " ", true);
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "secondary";
    retry.id = "retry";
    retry.textContent = words().tryAgain;
    retry.addEventListener("click", () => { setStatus(""); const again = state.lastQuestion; if (again) $("transcript").lastElementChild?.remove(); ask(again); });
    $("status").append(retry);
  } finally {
    state.busy = false;
    $("send").disabled = false;
    if (state.restartWhenIdle) restart();
  }
}

// `tel:` links appended to a bubble, one per [number, words].
function telLinks(line, numbers) {
  for (const [number, text] of numbers) {
    const link = document.createElement("a");
    link.href = "tel:" + number;
    link.className = "tel";
    link.lang = state.language;
    link.textContent = text;
    line.append(document.createElement("br"), link);
  }
}

// Starts afresh: the greeting again, in the page's language.
function restart() {
  window.speechSynthesis?.cancel();
  state.session = null;
  state.asked = false;
  state.restartWhenIdle = false;
  $("transcript").replaceChildren();
  $("cards").replaceChildren();
  $("no-cards").hidden = false;
  setStatus("");
  ask("");
}

function newConversation() {
  restart();
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
    recognition.onstart = () => { state.listening = true; mic.setAttribute("aria-pressed", "true"); setStatus(words().listening); };
    recognition.onerror = (event) => { setStatus(event.error === "not-allowed" ? words().micBlocked : words().micMissed, true); };
    recognition.onend = () => { state.listening = false; mic.setAttribute("aria-pressed", "false"); if ($("status").textContent === words().listening) setStatus(""); };
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
  // Choosing a language before asking anything greets again in it; later, the next answer follows.
  $("language").addEventListener("change", () => {
    applyLanguage($("language").value.split("-")[0]);
    if (state.asked) return;
    if (state.busy) state.restartWhenIdle = true;
    else restart();
  });
  setUpMicrophone();
  let saved = null;
  try { saved = localStorage.getItem("loopai-language"); } catch (error) { /* private mode */ }
  applyLanguage(offered().includes(saved) ? saved : "en");
  ask("");
});
