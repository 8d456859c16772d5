// What every console page shares: fetching JSON behind the login, building elements as text
// (never HTML), times in the operators' time zone, recordings played through the gateway.
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

// A day `2026-11-26` as operators write it: `26-11`.
function dayLabel(day) {
  return day.slice(8, 10) + "-" + day.slice(5, 7);
}

function zoneLabel() {
  return timeZone;
}

// A recording plays through the gateway (`/admin/recordings/RE…`), which fetches it from Twilio with
// the account's credentials operators do not have; nothing else is played or linked.
function recordingPath(sid) {
  return /^RE[0-9a-f]{32}$/i.test(sid || "") ? "/admin/recordings/" + sid : null;
}

function player(sid) {
  const path = recordingPath(sid);
  if (!path) return element("span");
  const audio = element("audio");
  audio.controls = true;
  audio.preload = "none";
  audio.src = path;
  audio.dataset.control = "player";
  return audio;
}

function download(sid) {
  const path = recordingPath(sid);
  if (!path) return element("span");
  const anchor = element("a", "download");
  anchor.href = path;
  anchor.download = sid + ".mp3";
  return anchor;
}

// Every language a call can be held in, code → name, as the gateway's registry writes them.
const languages = (() => {
  try {
    return JSON.parse(document.querySelector('meta[name="languages"]').content);
  } catch (error) {
    return { en: "English" };
  }
})();
// "1 turn", "2 turns": a count said right.
function plural(count, one, many) {
  return count + " " + (count === 1 ? one : many || one + "s");
}

// A call's outcome (CallOutcome) in an operator's words.
const callOutcomeNames = {
  other: "nothing asked", clarified: "asked which place", found: "answered from the list", "not-found": "not in the list",
  "out-of-scope": "outside the list", "hand-off": "handed to a person", voicemail: "voicemail left",
};
const modes = { gather: "Gather (webhooks)", relay: "ConversationRelay" };

// Keeps a list (or any box of children) in step with `items` in place: one child per key, rebuilt
// only when its data changed, moved only when out of order, removed when gone. Refreshing this way
// leaves focus, scroll, a playing recording and a screen reader's place alone; a child being worked
// on (a recording playing, a field being typed in, a request in flight) is not rebuilt until it is
// done. A rebuilt child that held the focus hands it to its counterpart (same data-control).
function keyed(box, items, keyOf, build, emptyText) {
  const existing = new Map();
  for (const child of [...box.children]) {
    if (child.dataset.key !== undefined) existing.set(child.dataset.key, child);
    else child.remove();
  }
  const shown = items.length === 0 && emptyText ? [{ emptyText }] : items;
  const wanted = new Set();
  let previous = null;
  for (const item of shown) {
    const key = item.emptyText !== undefined ? "(empty)" : String(keyOf(item));
    wanted.add(key);
    const signature = JSON.stringify(item);
    let node = existing.get(key);
    if (!node || (node.dataset.signature !== signature && !isBusy(node))) {
      const fresh = item.emptyText !== undefined ? element(box.tagName === "UL" || box.tagName === "OL" ? "li" : "p", item.emptyText, "muted") : build(item);
      fresh.dataset.key = key;
      fresh.dataset.signature = signature;
      if (node) {
        // A history someone opened stays open in the redrawn row.
        for (const open of node.querySelectorAll("details[open][data-control]")) {
          const twin = fresh.querySelector(`details[data-control="${CSS.escape(open.dataset.control)}"]`);
          if (twin) twin.open = true;
        }
        const focused = node.contains(document.activeElement) && document.activeElement.dataset.control;
        node.replaceWith(fresh);
        if (focused) {
          // The same control if it is still there, else the row's first, never the page's body.
          const twin = fresh.querySelector(`[data-control="${CSS.escape(focused)}"]`) || fresh.querySelector("[data-control]");
          if (twin) twin.focus({ preventScroll: true });
        }
      }
      node = fresh;
    }
    const expected = previous ? previous.nextSibling : box.firstChild;
    if (node !== expected) box.insertBefore(node, expected);
    previous = node;
  }
  for (const [key, node] of existing) if (!wanted.has(key) && !isBusy(node)) node.remove();
}

// Someone is working in this child: a recording playing, a field being typed in, a request out.
function isBusy(node) {
  if (node.dataset.pending) return true;
  if ([...node.querySelectorAll("audio")].some((audio) => !audio.paused)) return true;
  const active = document.activeElement;
  return !!active && node.contains(active) && (active.tagName === "INPUT" || active.tagName === "TEXTAREA" || active.tagName === "SELECT");
}

// Sets a node's text only when it differs, so an unchanged line is not touched (nor re-announced).
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

// Redraws a chart only when its data changed.
function redraw(box, data, draw) {
  const signature = JSON.stringify(data);
  if (box.dataset.signature === signature) return;
  box.dataset.signature = signature;
  draw();
}

// A failed request, said in the page's status line.
function showError(error) {
  const status = $("updated");
  if (status) status.textContent = "Could not refresh: " + error.message;
}
