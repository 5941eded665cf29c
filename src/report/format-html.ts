/**
 * HTML output: one self-contained page per run. The resume is shown line by
 * line with each keyword lit where it was found (by its status for the role),
 * avoid phrases marked, quantified bullets marked and each hint pinned under
 * its line; beside it the score's parts as bars, the missing keywords, the job
 * match and the role ranking.
 *
 * Self-contained: inline CSS, no script, nothing fetched (a Content Security
 * Policy of `default-src 'none'` says so to the browser), readable in light
 * and dark mode, printable, usable at 360 px. Every text that comes from the
 * resume, a job posting or a file name is escaped.
 */
import type { AvoidFound, KeywordResult, ReportHint, ReportLine, ResumeReport } from "./types.js";
import { evaluateChecks, formatPoints, isErrorRow, rowFile, toRows, type CheckOptions, type FormatInput } from "./format-common.js";

/** Options of `formatHtml`. */
export interface HtmlFormatOptions extends CheckOptions {
  /** The page title (default "resume-ats report"). */
  title?: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ESCAPES[c]);
}

/** How a found skill counts for the role: the class of its highlight. */
type Tier = "must" | "strong" | "other";

/** A highlight on a line: [start, end) offsets in the line's text. */
interface Span {
  start: number;
  end: number;
  cls: string;
  title: string;
}

const STATUS_WORD: Record<string, string> = { found: "found", implied: "implied by a narrower skill", hedged: "hedged (\"familiar with\")", missing: "missing" };

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--must:#1a7f37;--must-bg:#dafbe1;--strong:#0969da;--strong-bg:#ddf4ff;--other-bg:#eef1f4;--avoid:#cf222e;--avoid-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da}
@media screen and (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;--must:#3fb950;--must-bg:#12361f;--strong:#4493f8;--strong-bg:#0c2d6b;--other-bg:#262c36;--avoid:#f85149;--avoid-bg:#490202;--warn:#d29922;--warn-bg:#3b2e00;--info:#4493f8}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1rem 0 .4rem}
.card h3:first-child{margin-top:0}
a{color:var(--strong)}
.muted{color:var(--muted)}
.report{border-top:2px solid var(--line);padding-top:.5rem;margin-top:1.5rem}
.grid{display:grid;grid-template-columns:minmax(0,340px) minmax(0,1fr);gap:20px;align-items:start}
@media (max-width:760px){.grid{grid-template-columns:minmax(0,1fr)}}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;margin-bottom:12px}
.score{display:flex;align-items:baseline;gap:8px}
.score b{font-size:2.4rem;line-height:1}
.comp{margin:.45rem 0}
.comp .row{display:flex;justify-content:space-between;gap:8px;font-size:.9rem}
.bar{height:8px;border-radius:4px;background:var(--line);overflow:hidden;margin-top:2px}
.bar span{display:block;height:100%;background:var(--must)}
.bar.neg span{background:var(--avoid)}
ul.kw{list-style:none;padding:0;margin:0}
ul.kw li{margin:.15rem 0;overflow-wrap:anywhere}
.chip{display:inline-block;border-radius:10px;padding:0 7px;font-size:.8rem;border:1px solid var(--line)}
.chip.ok{color:var(--must);border-color:var(--must)}
.chip.miss{color:var(--avoid);border-color:var(--avoid)}
.chip.part{color:var(--warn);border-color:var(--warn)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:3px 6px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
td.n,th.n{text-align:right;white-space:nowrap}
.doc{border:1px solid var(--line);border-radius:8px;overflow:hidden}
.ln-row{display:grid;grid-template-columns:3.2em minmax(0,1fr);border-bottom:1px solid transparent}
.ln-row .no{color:var(--muted);text-align:right;padding:1px 8px 1px 0;font-size:.8rem;user-select:none;border-right:1px solid var(--line)}
.ln-row .tx{padding:1px 8px;white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid transparent}
.ln-row.q .tx{border-left-color:var(--must)}
.ln-row.uq .tx{border-left-color:var(--warn)}
.ln-row.head .tx{font-weight:600}
.sec{display:block;background:var(--card);color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;padding:2px 8px;border-top:1px solid var(--line)}
.page{display:block;text-align:center;color:var(--muted);font-size:.75rem;padding:2px;border-top:1px dashed var(--line)}
mark{color:inherit;border-radius:3px;padding:0 1px}
mark.must{background:var(--must-bg);box-shadow:inset 0 -2px var(--must)}
mark.strong{background:var(--strong-bg);box-shadow:inset 0 -2px var(--strong)}
mark.other{background:var(--other-bg)}
mark.listed{text-decoration:underline dotted;text-underline-offset:3px}
mark.hedged{text-decoration:underline wavy var(--warn);text-underline-offset:3px}
mark.avoid{background:var(--avoid-bg);box-shadow:inset 0 -2px var(--avoid)}
.notes{grid-column:2;list-style:none;margin:0 0 4px;padding:2px 8px 4px 12px;font-size:.85rem}
.notes li{margin:2px 0;padding-left:6px;border-left:3px solid var(--info);overflow-wrap:anywhere}
.notes li.error{border-left-color:var(--avoid)}
.notes li.warning{border-left-color:var(--warn)}
.notes code,.hints code{font-size:.75rem;color:var(--muted)}
.sugg{color:var(--muted)}
details summary{cursor:pointer}
.notes details .notes{padding-left:0;margin-top:4px}
.more{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 12px;font-size:.85rem;margin:.4rem 0 .8rem}
.err{border-left:4px solid var(--avoid);padding:6px 10px;background:var(--avoid-bg)}
.pass{color:var(--must)}.fail{color:var(--avoid)}
footer{margin:2rem 0 1rem;font-size:.8rem;color:var(--muted)}
.report.single{border-top:0;margin-top:0;padding-top:0}
@media print{:root{color-scheme:light}body{font-size:11pt}main{max-width:none;padding:0}.grid{grid-template-columns:minmax(0,1fr)}.report{break-before:page}.report:first-of-type{break-before:auto}.card{break-inside:avoid-page}.ln-row{break-inside:avoid}a{color:inherit;text-decoration:none}details::details-content{content-visibility:visible;display:contents}summary{list-style:none}}
`.trim();

function pct(points: number, max: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((Math.abs(points) / max) * 100)));
}

/** The tier of each found skill id for the role: must-have beats strong. */
function skillTiers(r: ResumeReport): Map<string, { tier: Tier; label: string; status: string }> {
  const out = new Map<string, { tier: Tier; label: string; status: string }>();
  const put = (list: KeywordResult[], tier: Tier): void => {
    for (const k of list) for (const id of k.matchedSkills) if (!out.has(id)) out.set(id, { tier, label: k.label, status: k.status });
  };
  put(r.keywords.mustHave.found, "must");
  put(r.keywords.strong.found, "strong");
  return out;
}

/** Offsets of `needle` in `hay`, case-insensitive, at or after `from`; -1 when absent. */
function findCi(hay: string, needle: string, from = 0): number {
  if (!needle) return -1;
  return hay.toLowerCase().indexOf(needle.toLowerCase(), from);
}

/** Highlights per line: keyword occurrences and avoid phrases. */
function spansByLine(r: ResumeReport, avoid: AvoidFound[]): Map<number, Span[]> {
  const tiers = skillTiers(r);
  const byLine = new Map<number, Span[]>();
  const push = (line: number, s: Span): void => {
    const list = byLine.get(line) ?? [];
    list.push(s);
    byLine.set(line, list);
  };
  for (const skill of r.skills) {
    const t = tiers.get(skill.id);
    const tier: Tier = t?.tier ?? "other";
    for (const o of skill.occurrences) {
      const text = r.lines?.[o.line - 1]?.text ?? "";
      let start = o.column - 1;
      let end = o.endColumn - 1;
      if (!(start >= 0 && end > start && end <= text.length && text.slice(start, end).toLowerCase() === o.matched.slice(0, end - start).toLowerCase())) {
        start = findCi(text, o.matched);
        end = start + o.matched.length;
        if (start < 0) continue;
      }
      const cls = [tier, skill.evidence === "listed" ? "listed" : "", o.hedged ? "hedged" : ""].filter(Boolean).join(" ");
      const role = tier === "must" ? `must-have (${t?.label ?? skill.name})` : tier === "strong" ? `strong (${t?.label ?? skill.name})` : "not on the role's lists";
      const how = skill.evidence === "listed" ? "only listed" : skill.evidence === "measured" ? "used, with a metric" : "used in a bullet";
      push(o.line, { start, end, cls, title: `${skill.name}: ${role}; ${how}${o.hedged ? "; hedged" : ""}` });
    }
  }
  for (const a of avoid) {
    const text = r.lines?.[a.line - 1]?.text ?? "";
    const start = findCi(text, a.matched);
    if (start < 0) continue;
    push(a.line, { start, end: start + a.matched.length, cls: "avoid", title: `Avoid "${a.phrase}": ${a.suggestion}` });
  }
  return byLine;
}

/** The line's text with its highlights, escaped; overlapping highlights keep the earlier (then longer) one. */
function highlight(text: string, spans: Span[] | undefined): string {
  if (!spans || spans.length === 0) return escapeHtml(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.cls < b.cls ? -1 : 1));
  let at = 0;
  let out = "";
  for (const s of sorted) {
    if (s.start < at) continue;
    out += escapeHtml(text.slice(at, s.start));
    out += `<mark class="${s.cls}" title="${escapeHtml(s.title)}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + escapeHtml(text.slice(at));
}

function hintItem(h: ReportHint): string {
  const sugg = h.suggestion ? ` <span class="sugg">→ ${escapeHtml(h.suggestion)}</span>` : "";
  return `<li class="${h.severity}">${escapeHtml(h.message)}${sugg} <code>${escapeHtml(h.code)}</code></li>`;
}

/** Hints that share a code, three or more: one line naming them all, the hints themselves folded under it. */
const GROUP_AT = 3;

/** The items of a hint list, where hints of one code (three or more) are folded into one line that names what each is about. */
function groupedHints(hints: ReportHint[], label: (id: string) => string): string {
  const byCode = new Map<string, ReportHint[]>();
  for (const h of hints) byCode.set(h.code, [...(byCode.get(h.code) ?? []), h]);
  const done = new Set<string>();
  const out: string[] = [];
  for (const h of hints) {
    const group = byCode.get(h.code)!;
    if (group.length < GROUP_AT) {
      out.push(hintItem(h));
      continue;
    }
    if (done.has(h.code)) continue;
    done.add(h.code);
    const subjects = group.slice(1).map((x) => (x.skillId ? label(x.skillId) : x.quote)).filter((x): x is string => Boolean(x));
    const more = subjects.length === group.length - 1 ? `: ${subjects.map(escapeHtml).join(", ")}` : "";
    out.push(
      `<li class="${h.severity}"><details><summary>${escapeHtml(h.message)} <span class="more">and ${group.length - 1} more like it${more}</span> <code>${escapeHtml(h.code)}</code></summary><ul class="notes">${group.map(hintItem).join("")}</ul></details></li>`,
    );
  }
  return out.join("");
}

function keywordItem(k: KeywordResult, anchor: (line: number) => string, r: ResumeReport): string {
  const cls = k.status === "found" ? "ok" : k.status === "missing" ? "miss" : "part";
  const first = k.matchedSkills
    .flatMap((id) => r.skills.find((s) => s.id === id)?.occurrences.map((o) => o.line) ?? [])
    .sort((a, b) => a - b)[0];
  const where = first === undefined ? "" : ` <a href="#${anchor(first)}">line ${first}</a>`;
  const ev = k.status === "found" && k.evidence ? `, ${k.evidence}` : "";
  return `<li><span class="chip ${cls}">${escapeHtml(STATUS_WORD[k.status] ?? k.status)}${escapeHtml(ev)}</span> ${escapeHtml(k.label)}${where} <span class="muted">${formatPoints(k.points)} pt</span></li>`;
}

function keywordList(title: string, found: KeywordResult[], missing: KeywordResult[], anchor: (line: number) => string, r: ResumeReport): string {
  const total = found.length + missing.length;
  if (total === 0) return "";
  const items = [...missing, ...found].map((k) => keywordItem(k, anchor, r)).join("");
  return `<div class="card"><h3>${escapeHtml(title)} (${found.length}/${total})</h3><ul class="kw">${items}</ul></div>`;
}

function scoreCard(r: ResumeReport, options: HtmlFormatOptions): string {
  const level = r.role.level ? ` · ${escapeHtml(r.role.level)}` : "";
  const chosen = r.role.chosen === "best-fit" ? ' <span class="muted">(best fit)</span>' : "";
  const comps = r.score.components
    .map((c) => {
      const neg = c.id === "avoid";
      const detail = escapeHtml(c.detail);
      return `<div class="comp" title="${detail}"><div class="row"><span>${escapeHtml(c.label)}</span><span>${formatPoints(c.points)} / ${neg ? "−" : ""}${formatPoints(c.max)}</span></div><div class="bar${neg ? " neg" : ""}"><span style="width:${pct(c.points, c.max)}%"></span></div></div>`;
    })
    .join("");
  const checks = evaluateChecks(r, options);
  const checkHtml = checks.length
    ? `<h3>Checks</h3><ul class="kw">${checks.map((c) => `<li class="${c.passed ? "pass" : "fail"}">${c.passed ? "✓" : "✗"} ${escapeHtml(c.name)}: ${escapeHtml(c.message)}</li>`).join("")}</ul>`
    : "";
  return `<div class="card"><div class="score"><b>${formatPoints(r.score.total)}</b><span>/ 100</span></div><div>${escapeHtml(r.role.title)}${level}${chosen}</div>${comps}${checkHtml}</div>`;
}

/** How a skill id is named in this report: its keyword label, its name as found, or the id. */
function skillLabels(r: ResumeReport): (id: string) => string {
  const names = new Map<string, string>();
  for (const s of r.skills) names.set(s.id, s.name);
  // Keyword ids include the role's "any of" groups (anyOf:a|b|c), which a hint may name: their label reads as words.
  for (const k of [...r.keywords.mustHave.found, ...r.keywords.mustHave.missing, ...r.keywords.strong.found, ...r.keywords.strong.missing]) {
    if (!names.has(k.id)) names.set(k.id, k.label);
  }
  return (id) => names.get(id) ?? id;
}

function jobCard(r: ResumeReport): string {
  const j = r.jobMatch;
  if (!j) return "";
  const label = skillLabels(r);
  const none = '<span class="muted">none</span>';
  const row = (name: string, fm: { found: string[]; missing: string[] }, show: (x: string) => string): string => {
    const total = fm.found.length + fm.missing.length;
    if (total === 0) return "";
    const missing = fm.missing.length ? `missing: ${fm.missing.map((x) => escapeHtml(show(x))).join(", ")}` : "all found";
    return `<tr><th>${name}</th><td><b>${fm.found.length} of ${total}</b> · ${missing}</td></tr>`;
  };
  const title = j.titleMatch.match ? "matches" : `differs: ${escapeHtml(j.titleMatch.resume ?? "(none on the resume)")}`;
  return `<div class="card"><h3>Job match: ${Math.round(j.matchRate * 100)}%</h3><table>
<tr><th>Posting</th><td>${escapeHtml(j.posting.title ?? "(no title)")}${j.posting.seniority ? ` · ${escapeHtml(j.posting.seniority)}` : ""}</td></tr>
<tr><th>Title</th><td>${title}</td></tr>
<tr><th>Years</th><td>${j.yearsRequired === null ? "not asked" : `${j.yearsRequired}+ asked`}, ${formatPoints(j.yearsOnResume)} on the resume</td></tr>
${row("Required", j.required, label)}${row("Preferred", j.preferred, label)}${row("Named in its lists", j.listTerms, (t) => t)}
<tr><th>Other terms</th><td>${j.otherTerms.missing.length ? `missing: ${j.otherTerms.missing.map(escapeHtml).join(", ")}` : none}</td></tr>
</table></div>`;
}

function avoidCard(r: ResumeReport, anchor: (line: number) => string): string {
  const found = r.keywords.avoid.found;
  if (found.length === 0) return "";
  const items = found
    .map((a) => {
      const chip = a.excused ? '<span class="chip part">excused: a metric backs it</span>' : '<span class="chip miss">costs points</span>';
      return `<li>${chip} “${escapeHtml(a.matched)}” <a href="#${anchor(a.line)}">line ${a.line}</a> <span class="sugg">→ ${escapeHtml(a.suggestion)}</span></li>`;
    })
    .join("");
  return `<div class="card"><h3>Avoid phrases (${found.length})</h3><ul class="kw">${items}</ul></div>`;
}

function rankingCard(r: ResumeReport): string {
  if (r.roleRanking.length <= 1) return "";
  const rows = r.roleRanking
    .map((x) => `<tr${x.id === r.role.id ? ' class="pass"' : ""}><td>${escapeHtml(x.title)}</td><td class="n">${formatPoints(x.score)}</td><td class="n">${x.mustHaveFound}/${x.mustHaveTotal}</td></tr>`)
    .join("");
  return `<div class="card"><h3>Role ranking</h3><table><tr><th>Role</th><th class="n">Score</th><th class="n">Must</th></tr>${rows}</table></div>`;
}

function documentLines(r: ResumeReport, anchor: (line: number) => string): string {
  const avoid = r.keywords.avoid.found;
  const spans = spansByLine(r, avoid);
  const hintsByLine = new Map<number, ReportHint[]>();
  for (const h of r.hints) {
    if (h.line === undefined) continue;
    const list = hintsByLine.get(h.line) ?? [];
    list.push(h);
    hintsByLine.set(h.line, list);
  }
  const bulletAt = new Map<number, { quantified: boolean; achievement: boolean }>();
  for (const b of r.bullets) {
    const achievement = b.section === "experience" || b.section === "projects" || b.section === "volunteer";
    for (let l = b.line; l <= b.endLine; l++) bulletAt.set(l, { quantified: b.quantified, achievement });
  }
  const sectionStart = new Map(r.sections.map((s) => [s.startLine, s] as const));
  const out: string[] = [];
  let page = 1;
  // Reports saved before `lines` existed show no text, not an error.
  for (const l of (r.lines ?? []) as ReportLine[]) {
    if (l.page !== page) {
      page = l.page;
      out.push(`<span class="page">page ${page}</span>`);
    }
    const sec = sectionStart.get(l.line);
    if (sec && sec.kind !== "header") out.push(`<span class="sec">${escapeHtml(sec.kind)}</span>`);
    const b = bulletAt.get(l.line);
    const cls = ["ln-row", b?.quantified ? "q" : b?.achievement ? "uq" : "", sec?.startLine === l.line && sec.heading ? "head" : ""].filter(Boolean).join(" ");
    const notes = hintsByLine.get(l.line);
    out.push(
      `<div class="${cls}" id="${anchor(l.line)}"><span class="no">${l.line}</span><span class="tx">${highlight(l.text, spans.get(l.line)) || "&nbsp;"}</span>${notes ? `<ul class="notes">${notes.map(hintItem).join("")}</ul>` : ""}</div>`,
    );
  }
  return `<div class="doc">${out.join("\n")}</div>`;
}

const LEGEND = `<div class="legend"><span><mark class="must">must-have</mark></span><span><mark class="strong">strong</mark></span><span><mark class="other">other skill</mark></span><span><mark class="other listed">only listed</mark></span><span><mark class="other hedged">hedged</mark></span><span><mark class="avoid">avoid phrase</mark></span><span class="muted">green bar: bullet with a metric · amber bar: bullet without one</span></div>`;

function reportSection(r: ResumeReport, n: number, options: HtmlFormatOptions, single: boolean): string {
  const anchor = (line: number): string => `r${n}-L${line}`;
  const docHints = r.hints.filter((h) => h.line === undefined);
  const warnings = r.warnings.length
    ? `<div class="card"><h3>Reading warnings</h3><ul class="kw">${r.warnings.map((w) => `<li>${escapeHtml(w.message)} <code>${escapeHtml(w.code)}</code></li>`).join("")}</ul></div>`
    : "";
  const general = docHints.length ? `<div class="card hints"><h3>About the whole resume</h3><ul class="notes">${groupedHints(docHints, skillLabels(r))}</ul></div>` : "";
  const side = [
    scoreCard(r, options),
    keywordList("Must-have keywords", r.keywords.mustHave.found, r.keywords.mustHave.missing, anchor, r),
    keywordList("Strong keywords", r.keywords.strong.found, r.keywords.strong.missing, anchor, r),
    jobCard(r),
    avoidCard(r, anchor),
    rankingCard(r),
  ].join("");
  const meta = `${escapeHtml(r.format)} · ${r.pageCount} page${r.pageCount === 1 ? "" : "s"} · ${r.wordCount} words · ${r.skills.length} skills · ${r.hints.length} hints`;
  return `<section class="report${single ? " single" : ""}" id="r${n}"><h2>${escapeHtml(rowFile(r))}</h2><p class="muted">${meta}</p>
<div class="grid"><div>${side}</div><div>${general}${warnings}${LEGEND}${documentLines(r, anchor)}</div></div></section>`;
}

function indexTable(rows: ReturnType<typeof toRows>, options: HtmlFormatOptions): string {
  const body = rows
    .map((row, i) => {
      const n = i + 1;
      if (isErrorRow(row)) return `<tr><td><a href="#r${n}">${escapeHtml(row.file)}</a></td><td></td><td class="n"></td><td class="fail">${escapeHtml(row.error.code)}</td></tr>`;
      const ok = evaluateChecks(row, options).every((c) => c.passed);
      const mh = row.keywords.mustHave;
      return `<tr><td><a href="#r${n}">${escapeHtml(rowFile(row))}</a></td><td>${escapeHtml(row.role.title)}</td><td class="n">${formatPoints(row.score.total)}</td><td class="${ok ? "pass" : "fail"}">${mh.found.length}/${mh.found.length + mh.missing.length} must-have · ${ok ? "pass" : "fail"}</td></tr>`;
    })
    .join("");
  return `<table><tr><th>File</th><th>Role</th><th class="n">Score</th><th>Result</th></tr>${body}</table>`;
}

/**
 * Formats one report or a batch as one self-contained HTML page (a batch
 * starts with a table of its files, each linking to its report).
 *
 * @example
 * await writeFile("report.html", formatHtml(await analyzeResume("cv.pdf")));
 */
export function formatHtml(input: FormatInput, options: HtmlFormatOptions = {}): string {
  const rows = toRows(input);
  const title = options.title ?? "resume-ats report";
  const parts = rows.map((row, i) =>
    isErrorRow(row)
      ? `<section class="report" id="r${i + 1}"><h2>${escapeHtml(row.file)}</h2><p class="err"><b>${escapeHtml(row.error.code)}</b>: ${escapeHtml(row.error.message)}</p></section>`
      : reportSection(row, i + 1, options, rows.length === 1),
  );
  const index = rows.length > 1 ? indexTable(rows, options) : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${index}
${parts.join("\n")}
<footer>Made by resume-ats. This page loads nothing from the network and runs no script.</footer>
</main>
</body>
</html>
`;
}
