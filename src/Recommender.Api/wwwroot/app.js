// CategoryMatch web page: plain JavaScript over the API, no build step.
"use strict";

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};
const percent = (x) => `${Math.round(x * 100)}%`;
const verdictOrder = { misfiled: 0, redirect: 1, error: 2, uncertain: 3, ok: 4 };

// Turns a ProblemDetails answer into one readable line.
async function problemText(response) {
  try {
    const problem = await response.json();
    const fields = problem.errors ? Object.entries(problem.errors).map(([f, m]) => `${f}: ${m.join(" ")}`) : [];
    return [problem.title, problem.detail, ...fields].filter(Boolean).join(" ");
  } catch {
    return `The server answered ${response.status}.`;
  }
}

async function loadProgrammes() {
  const response = await fetch("/api/programs");
  if (!response.ok) return;
  for (const p of await response.json())
    // The English name and id keep the choice short enough to read in the closed list; the
    // programme's own name is the option's tooltip.
  {
    $("#program").append(el("option", { value: p.id, textContent: `${p.nameEn} (${p.id})`, title: p.name }));
    $("#teach-program").append(el("option", { value: p.id, textContent: `${p.nameEn} (${p.id})`, title: p.name }));
  }
}

// The user's own text with the given evidence spans marked; text nodes only, so nothing they typed is run as HTML.
function renderHighlighted(text, evidence) {
  const spans = evidence.filter((e) => e.start >= 0 && e.length > 0)
    .map((e) => ({ start: e.start, end: e.start + e.length, label: e.label }))
    .sort((a, b) => a.start - b.start);
  const target = $("#highlighted");
  target.replaceChildren();
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping evidence: the first span wins
    target.append(text.slice(at, s.start), el("mark", { title: s.label, textContent: text.slice(s.start, s.end) }));
    at = s.end;
  }
  target.append(text.slice(at));
}

function resultItem(r, index, text) {
  const tags = [];
  if (r.redirectedFrom) tags.push(el("span", { className: "tag", textContent: `moved here by a rule of ${r.redirectedFrom}` }));
  if (!r.eligible) tags.push(el("span", { className: "tag warn", textContent: "not eligible" }));
  const evidence = el("ul", { className: "evidence" });
  for (const e of r.evidence)
    evidence.append(el("li", { textContent: e.matched ? `${e.label}: “${e.matched}”` : e.label }));
  const similar = similarExamplesLine(r.similarExamples ?? r.evidence.flatMap((e) => e.similarExamples ?? []));
  if (similar) evidence.append(el("li", { className: "similar", textContent: similar }));
  const item = el("li", { tabIndex: 0 },
    el("div", { className: "title", textContent: r.title }),
    el("div", { className: "title-en", textContent: r.titleEn }),
    el("div", { className: "meta" },
      el("span", { textContent: r.categoryId }),
      el("span", {}, el("span", { className: "bar" }, el("span", { style: `width:${percent(r.score)}` })), ` confidence ${percent(r.score)}`),
      ...tags),
    evidence);
  item.dataset.categoryId = r.categoryId;
  const select = () => {
    document.querySelectorAll("#results > li").forEach((li) => li.classList.toggle("selected", li === item));
    $("#evidence-for").textContent = `${r.categoryId} (${r.titleEn})`;
    renderHighlighted(text, r.evidence);
  };
  item.addEventListener("click", select);
  item.addEventListener("keydown", (e) => { if (e.key === "Enter") select(); });
  if (index === 0) queueMicrotask(select);
  return item;
}

async function recommend(event) {
  event.preventDefault();
  const text = $("#summary").value;
  const body = { text, top: 5, program: $("#program").value || null, filedCategory: $("#filed").value.trim() || null };
  const status = $("#rank-status");
  const subjectNames = { individual: "a person", team: "a team", department: "a department", "contact-centre": "a whole contact centre",
    organisation: "an organisation", project: "a project or system", partnership: "a partnership" };
  status.className = "status"; status.textContent = "Ranking…";
  $("#recommend").disabled = true;
  try {
    const response = await fetch("/api/recommendations", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    if (!response.ok) { status.className = "status error"; status.textContent = await problemText(response); return; }
    const answer = await response.json();
    const subject = answer.subject ? ` The text is about ${subjectNames[answer.subject.kind] ?? answer.subject.kind} (${percent(answer.subject.probability)}).` : "";
    status.textContent = `Language detected: ${answer.language}.${subject} Click a category to see its evidence in your text.`;
    const redirect = $("#redirect");
    redirect.hidden = !answer.redirect;
    if (answer.redirect)
      redirect.replaceChildren(el("strong", { textContent: `${answer.redirect.from} → ${answer.redirect.to}: ` }),
        `${answer.redirect.reasonEn} `, el("em", { textContent: `(${answer.redirect.reason})` }));
    $("#no-match").hidden = !answer.noMatch;
    $("#results").replaceChildren(...answer.results.map((r, i) => resultItem(r, i, text)));
    $("#rank-output").hidden = false;
  } catch (e) {
    status.className = "status error"; status.textContent = `The request failed: ${e.message}`;
  } finally {
    $("#recommend").disabled = false;
  }
}

// "Similar past entries were filed in ru-cca:13 (4), ru-cca:12 (1)": the categories the nearest examples voted for,
// most votes first. Only categories and counts: never an example's text or id.
function similarExamplesLine(similar) {
  if (!similar || similar.length === 0) return "";
  const votes = new Map();
  for (const s of similar) votes.set(s.categoryId, (votes.get(s.categoryId) ?? 0) + 1);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} (${n})`);
  return `Similar past entries were filed in ${ranked.join(", ")}.`;
}

// The organiser section: the key goes in the Authorization header of these requests only and is kept nowhere.
function organiserFetch(path, init = {}) {
  const program = encodeURIComponent($("#teach-program").value);
  const headers = { ...(init.headers ?? {}), authorization: `Bearer ${$("#organiser-key").value.trim()}` };
  return fetch(`/api/programs/${program}/examples${path}`, { ...init, headers });
}

async function showCounts() {
  const status = $("#teach-status");
  const response = await organiserFetch("/stats");
  if (!response.ok) { status.className = "status error"; status.textContent = await problemText(response); return; }
  const stats = await response.json();
  $("#example-counts tbody").replaceChildren(...stats.categories.map((c) => el("tr", {},
    el("td", { textContent: c.categoryId }), el("td", { textContent: c.organiser }), el("td", { textContent: c.builtin }))));
  $("#example-counts").hidden = false;
  showTrust(stats.trust);
  if (!status.classList.contains("error") && !status.textContent)
    status.textContent = `${stats.organiser} examples of yours and ${stats.builtin} builtin ones.`;
}

// How far the ranking trusts the organiser's past entries: estimated on them, each ranked with the others.
function showTrust(trust) {
  const line = $("#example-trust");
  line.hidden = !trust;
  if (!trust) return;
  const weight = trust.trust === 1 ? "as much as the model learned"
    : trust.trust === 0 ? "nothing (they did not help rank one another)" : `${Number(trust.trust.toFixed(1))}× what the model learned`;
  line.textContent = `Your past entries count ${weight}: ranked each with the others, ${trust.rightAtTrust} of ${trust.cases} ` +
    `come out first in their own category (${trust.rightAsTrained} as the model was trained).`;
}

async function teach(event) {
  event.preventDefault();
  const file = $("#examples-file").files[0];
  const status = $("#teach-status");
  const errors = $("#teach-errors");
  errors.hidden = true;
  if (!file) { status.className = "status error"; status.textContent = "Choose a CSV file of labelled entries first."; return; }
  status.className = "status"; status.textContent = `Uploading ${file.name}…`;
  $("#teach-button").disabled = true;
  try {
    const response = await organiserFetch("", { method: "POST", headers: { "content-type": "text/csv" }, body: file });
    if (!response.ok) { status.className = "status error"; status.textContent = await problemText(response); return; }
    const answer = await response.json();
    status.textContent = `${answer.added} added, ${answer.updated} updated` +
      (answer.errors.length ? `; ${answer.errors.length} rows not stored (below).` : ".") + " They are used from the next recommendation on.";
    errors.replaceChildren(...answer.errors.map((e) => el("li", { textContent: `line ${e.line ?? e.index}: ${e.field}: ${e.message}` })));
    errors.hidden = answer.errors.length === 0;
    await showCounts();
  } catch (e) {
    status.className = "status error"; status.textContent = `The upload failed: ${e.message}`;
  } finally {
    $("#teach-button").disabled = false;
  }
}

function postCsv(file, accept) {
  return fetch("/api/audit", { method: "POST", headers: { "content-type": "text/csv", accept }, body: file });
}

async function audit(event) {
  event.preventDefault();
  const file = $("#csv-file").files[0];
  const status = $("#audit-status");
  if (!file) return;
  status.className = "status"; status.textContent = `Auditing ${file.name}…`;
  $("#audit-button").disabled = true;
  try {
    const response = await postCsv(file, "application/json");
    if (!response.ok) { status.className = "status error"; status.textContent = await problemText(response); return; }
    const answer = await response.json();
    const rows = [
      ...answer.results.map((r) => ({ ...r, verdict: r.verdict })),
      ...answer.errors.map((e) => ({ line: e.line, id: e.id, filedCategory: "", verdict: "error", suggestedCategory: "", confidence: null, reason: `${e.field}: ${e.message}` })),
    ].sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict] || (a.line ?? 0) - (b.line ?? 0));
    const body = $("#verdicts tbody");
    body.replaceChildren(...rows.map((r) => el("tr", { className: r.verdict === "ok" ? "" : "flagged" },
      el("td", { textContent: r.line ?? "" }), el("td", { textContent: r.id ?? "" }), el("td", { textContent: r.filedCategory }),
      el("td", { className: `verdict verdict-${r.verdict}`, textContent: r.verdict }), el("td", { textContent: r.suggestedCategory ?? "" }),
      el("td", { textContent: r.confidence == null ? "" : percent(r.confidence) }), el("td", { textContent: r.reason }))));
    $("#verdicts").hidden = false;
    $("#download").hidden = false;
    const flagged = rows.filter((r) => r.verdict !== "ok").length;
    status.textContent = `${rows.length} rows: ${flagged} flagged (shown first), ${rows.length - flagged} ok.`;
  } catch (e) {
    status.className = "status error"; status.textContent = `The upload failed: ${e.message}`;
  } finally {
    $("#audit-button").disabled = false;
  }
}

// The saved file is the API's CSV as it is: the API writes ids and categories that start like a spreadsheet
// formula with a quote in front (SpreadsheetCsvWriter), so the page never builds CSV itself.
async function download() {
  const file = $("#csv-file").files[0];
  if (!file) return;
  const response = await postCsv(file, "text/csv");
  if (!response.ok) { $("#audit-status").textContent = await problemText(response); return; }
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { href: url, download: file.name.replace(/\.csv$/i, "") + "-verdicts.csv" });
  document.body.append(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$("#rank-form").addEventListener("submit", recommend);
$("#audit-form").addEventListener("submit", audit);
$("#download").addEventListener("click", download);
$("#teach-form").addEventListener("submit", teach);
$("#counts-button").addEventListener("click", showCounts);
loadProgrammes();
