/**
 * formatHtml: one self-contained page; resume text escaped; keywords lit on
 * their lines by status; hints under their line; a batch index.
 * (That the page runs nothing and fetches nothing in a real browser is
 * checked in format-html.browser.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analyze/index.js";
import { escapeHtml, formatHtml } from "../../src/report/format-html.js";
import type { FileErrorRow, ResumeReport } from "../../src/report/index.js";

const RESUME = `Dana Hostile
dana@example.com | +1 415 555 0100

Summary
Backend engineer building APIs in Go and PostgreSQL. <script>window.pwned = "x"</script>

Experience
Senior Backend Engineer, Acme Corp (2020 – Present)
- Cut p95 latency of the Go order API by 40% with Redis caching.
- Responsible for <img src=x onerror="window.pwned = 1"> the Kafka consumers.
- Worked on Docker images for the team.

Skills
Go, PostgreSQL, Redis, Kafka, Docker, Kubernetes, familiar with Rust
`;

async function report(): Promise<ResumeReport> {
  return analyzeText(RESUME, { role: "go-developer", now: new Date("2026-06-01") });
}

/** The HTML of the line row with this line number in report 1 (text lines are read without blank lines, "-" items become "•"). */
function row(html: string, line: number): string {
  const m = new RegExp(`<div class="[^"]*" id="r1-L${line}">[\\s\\S]*?</div>`, "u").exec(html);
  expect(m, `line ${line}`).not.toBeNull();
  return m![0];
}

function lineOf(r: ResumeReport, start: string): number {
  const l = r.lines.find((x) => x.text.startsWith(start));
  expect(l, start).toBeDefined();
  return l!.line;
}

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
  });
});

describe("formatHtml", () => {
  it("is one page with inline CSS, a CSP that forbids scripts and fetches, and no script or remote URL", async () => {
    const html = formatHtml(await report());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/<style>[\s\S]+prefers-color-scheme:dark[\s\S]+@media print[\s\S]+<\/style>/u);
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/iu);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/iu);
  });

  it("shows resume text that looks like markup as text", async () => {
    const r = await report();
    const html = formatHtml(r);
    expect(html).toContain("&lt;script&gt;window.pwned = &quot;x&quot;&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.pwned = 1&quot;&gt;");
    // No element anywhere carries an event handler attribute.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/iu);
  });

  it("lights each found keyword on its line by its status for the role", async () => {
    const r = await report();
    const html = formatHtml(r);
    const must = r.keywords.mustHave.found.flatMap((k) => k.matchedSkills);
    // A skill on both lists shows as must-have.
    const tiers: Array<["must" | "strong", string[]]> = [
      ["must", must],
      ["strong", r.keywords.strong.found.flatMap((k) => k.matchedSkills).filter((id) => !must.includes(id))],
    ];
    let checked = 0;
    for (const [tier, ids] of tiers) {
      for (const id of ids) {
        const skill = r.skills.find((s) => s.id === id)!;
        const o = skill.occurrences[0];
        if (!o) continue; // implied by a narrower skill: nothing to light
        const mark = new RegExp(`<mark class="${tier}[^"]*" title="${skill.name}: ${tier === "must" ? "must-have" : "strong"}[^"]*">${o.matched}</mark>`, "u");
        expect(row(html, o.line), `${id} on line ${o.line}`).toMatch(mark);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
    const skillsLine = row(html, lineOf(r, "Go, PostgreSQL"));
    expect(skillsLine).toMatch(/<mark class="[^"]*" title="Kubernetes: [^"]*only listed/u);
    const rust = r.skills.find((s) => s.id === "rust");
    expect(rust?.hedged).toBe(true);
    expect(skillsLine).toMatch(/<mark class="[^"]*hedged[^"]*" title="Rust:[^"]*hedged">Rust<\/mark>/u);
  });

  it("marks quantified bullets, pins each hint under its line and lists missing keywords", async () => {
    const r = await report();
    const html = formatHtml(r);
    expect(row(html, lineOf(r, "• Cut p95"))).toMatch(/^<div class="ln-row q"/u);
    const weak = r.hints.find((h) => h.line !== undefined && h.code === "WEAK_OPENING");
    expect(weak).toBeDefined();
    expect(row(html, weak!.line!)).toContain(escapeHtml(weak!.message));
    for (const k of r.keywords.mustHave.missing) expect(html).toContain(`missing</span> ${escapeHtml(k.label)}`);
    expect(html).toContain("Role ranking");
  });

  it("gives a batch an index that links to each file's section, errors included", async () => {
    const r = await report();
    const broken: FileErrorRow = { file: "cv <1>.doc", error: { code: "UNSUPPORTED_FORMAT", message: "legacy .doc & <b>" } };
    const html = formatHtml([{ ...r, file: "a.txt" }, broken, { ...r, file: "b.txt" }]);
    expect(html).toContain('<a href="#r1">a.txt</a>');
    expect(html).toContain('<a href="#r2">cv &lt;1&gt;.doc</a>');
    expect(html).toContain('<a href="#r3">b.txt</a>');
    expect(html).toContain('<section class="report" id="r2"><h2>cv &lt;1&gt;.doc</h2><p class="err"><b>UNSUPPORTED_FORMAT</b>: legacy .doc &amp; &lt;b&gt;</p>');
    expect(html.match(/<section class="report"/gu)?.length).toBe(3);
  });

  it("gives the same bytes for the same report", async () => {
    const r = await report();
    expect(formatHtml(r)).toBe(formatHtml(structuredClone(r)));
  });
});

describe("formatHtml: the side cards", () => {
  it("lists the avoid phrases found, each linked to its line, with what to write instead", async () => {
    const r = await report();
    expect(r.keywords.avoid.found.length).toBeGreaterThan(0);
    const html = formatHtml(r);
    const card = /<div class="card"><h3>Avoid phrases \((\d+)\)<\/h3>([\s\S]*?)<\/div>/u.exec(html);
    expect(card).not.toBeNull();
    expect(Number(card![1])).toBe(r.keywords.avoid.found.length);
    for (const a of r.keywords.avoid.found) {
      expect(card![2]).toContain(`“${escapeHtml(a.matched)}” <a href="#r1-L${a.line}">line ${a.line}</a>`);
      expect(card![2]).toContain(escapeHtml(a.suggestion));
    }
  });

  it("names the job posting's missing skills by their names, with counts", async () => {
    const posting = "Senior Go Engineer\n\nRequirements\n- 5+ years of Go\n- CockroachDB and etcd\n- gRPC and Protocol Buffers\n\nNice to have\n- Kubernetes\n";
    const r = await analyzeText(RESUME, { role: "go-developer", now: new Date("2026-06-01"), jobDescription: { text: posting } });
    const j = r.jobMatch!;
    expect(j.required.missing).toEqual(expect.arrayContaining(["cockroachdb", "etcd"]));
    const html = formatHtml(r);
    const required = /<tr><th>Required<\/th><td><b>(\d+) of (\d+)<\/b> · missing: ([^<]*)<\/td><\/tr>/u.exec(html);
    expect(required).not.toBeNull();
    expect([Number(required![1]), Number(required![2])]).toEqual([j.required.found.length, j.required.found.length + j.required.missing.length]);
    expect(required![3]).toContain("CockroachDB");
    expect(required![3]).not.toMatch(/\bcockroachdb\b/u);
  });

  it("folds three or more whole-resume hints of one code into one line that names them all, and keeps every hint", async () => {
    const posting = "Platform Engineer\n\nRequirements\n- CockroachDB\n- etcd\n- gRPC\n- Protocol Buffers\n- Terraform\n- Envoy\n";
    const r = await analyzeText(RESUME, { role: "go-developer", now: new Date("2026-06-01"), jobDescription: { text: posting } });
    const group = r.hints.filter((h) => h.line === undefined && h.code === "JD_MISSING_REQUIRED");
    expect(group.length).toBeGreaterThanOrEqual(3);
    const html = formatHtml(r);
    const folded = new RegExp(`<details><summary>${escapeHtml(group[0].message).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")} <span class="more">and ${group.length - 1} more like it: ([^<]*)</span> <code>JD_MISSING_REQUIRED</code></summary>`, "u").exec(html);
    expect(folded).not.toBeNull();
    expect(folded![1].split(", ")).toHaveLength(group.length - 1);
    for (const h of group) expect(html).toContain(escapeHtml(h.message));
  });

  it("names an \"any of\" keyword group in a folded line by its label, never by its id", async () => {
    const r = await analyzeText("Sam Lee\nsam@example.com\n\nExperience\nEngineer, Acme (2022 – Present)\n- Wrote Perl scripts.\n", { role: "python-backend-developer", now: new Date("2026-06-01") });
    const groups = r.hints.filter((h) => h.line === undefined && h.code === "MISSING_MUST_HAVE");
    const anyOf = groups.filter((h) => h.skillId?.startsWith("anyOf:"));
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(anyOf.length).toBeGreaterThan(0);
    const folded = /<span class="more">and \d+ more like it: ([^<]*)<\/span> <code>MISSING_MUST_HAVE<\/code>/u.exec(formatHtml(r));
    expect(folded).not.toBeNull();
    expect(folded![1]).not.toContain("anyOf:");
    for (const h of anyOf.filter((x) => x !== groups[0])) {
      const label = [...r.keywords.mustHave.missing, ...r.keywords.mustHave.found].find((k) => k.id === h.skillId)!.label;
      expect(folded![1]).toContain(escapeHtml(label));
    }
  });
});
