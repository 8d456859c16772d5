// What every console page shares: fetching JSON behind the login, building elements as text
// (never HTML), times in the operators' time zone, linking only Twilio's own media.
"use strict";

const csrf = document.querySelector('meta[name="csrf-token"]').content;
const $ = (id) => document.getElementById(id);
// The operators' zone (DASHBOARD_TIME_ZONE), as the gateway wrote it into the page.
const timeZone = (document.querySelector('meta[name="time-zone"]') || {}).content || "Asia/Kolkata";

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (response.status === 401) { window.location.href = "/admin/login"; throw new Error("Logged out"); }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && body.error && body.error.message) || path + " answered " + response.status);
  return body;
}

function time(ms) {
  return new Date(ms).toLocaleString("en-IN", { timeZone, dateStyle: "medium", timeStyle: "short" });
}

function zoneLabel() {
  return timeZone;
}

function isTwilioMedia(href) {
  return /^https:\/\/([a-z0-9-]+\.)*twilio\.com\//i.test(href || "");
}

function link(href, text) {
  const anchor = element("a", text);
  // Only Twilio's own recordings are linked; anything else stays plain text.
  if (isTwilioMedia(href)) { anchor.href = href; anchor.rel = "noopener noreferrer"; anchor.target = "_blank"; }
  return anchor;
}

function player(href) {
  if (!isTwilioMedia(href)) return element("span");
  const audio = element("audio");
  audio.controls = true;
  audio.preload = "none";
  audio.src = href.endsWith(".mp3") ? href : href + ".mp3";
  return audio;
}

const languages = { en: "English", hi: "Hindi" };
const modes = { gather: "Gather (webhooks)", relay: "ConversationRelay" };

// A failed request, said in the page's status line.
function showError(error) {
  const status = $("updated");
  if (status) status.textContent = "Could not refresh: " + error.message;
}
