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
    $("#program").append(el("option", { value: p.id, textContent: `${p.nameEn} (${p.id})`, title: p.name }));
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
loadProgrammes();
