// The dashboard's network list: the versions kept (download, put back) and an upload checked and
// previewed against the list in use before it replaces it.
"use strict";

function renderNetwork(data) {
  const text = data.current
    ? `Version ${data.current.version}: ${plural(data.current.rows, "hospital")}, uploaded by ${data.current.uploadedBy} on ${time(data.current.uploadedAt)}.`
    : "No list uploaded: brains serve the file they were started with.";
  const serving = data.brains.map((brain) => `${brain.worker}: ${brain.list}`).join("; ");
  setText($("network"), text + (serving ? " Serving — " + serving : ""));
  $("download-list").hidden = !data.current;
  const current = data.current ? data.current.version : null;
  keyed($("versions"), (data.versions || []).map((version) => ({ ...version, current })), (version) => version.version, (version) => {
    const item = element("li", `Version ${version.version}: ${plural(version.rows, "hospital")}, ${version.uploadedBy}, ${time(version.uploadedAt)} `);
    const download = element("a", "download");
    download.href = "/admin/network/csv?version=" + version.version;
    item.append(download);
    if (current !== null && version.version !== current) {
      const back = element("button", "Put this version back", "secondary");
      back.type = "button";
      back.dataset.control = "rollback";
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
    return item;
  }, "None kept yet.");
}

function entries(target, items, describe) {
  const list = $(target);
  list.replaceChildren();
  if (items.length === 0) list.append(element("li", "None.", "muted"));
  for (const item of items) list.append(element("li", describe(item)));
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
      (preview.errors.length ? ` It cannot be stored: ${plural(preview.errors.length, "row")} cannot be used (${preview.errors.slice(0, 5).map((row) => "row " + row.row + " " + row.reason).join("; ")}).` : "");
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
    result.textContent = `Version ${answer.version} stored: ${plural(answer.rows, "hospital")}. Brains load it within a few seconds.`;
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

