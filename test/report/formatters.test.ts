import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  escapeGithubData,
  escapeGithubProperty,
  escapeXml,
  evaluateChecks,
  formatGithub,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatSarif,
  formatText,
  scoreBar,
  FORMATTERS,
  FORMAT_NAMES,
  formatReport,
  type FileErrorRow,
  type ReportHint,
  type ResumeReport,
} from "../../src/report/index.js";
import { listRules } from "../../src/hints/rules/index.js";

const load = (name: string): ResumeReport => JSON.parse(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), "utf8")) as ResumeReport;
const weak = load("weak-backend.json");
const strong = load("strong-backend.json");
const broken: FileErrorRow = { file: "cv.doc", error: { code: "UNSUPPORTED_FORMAT", message: "This is a legacy Word .doc file & <not> \"read\"." } };
const gate = { minScore: 70, failOn: ["missing-must-have", "avoid"] };

/** A report whose hint message carries every character GitHub needs escaped. */
function nasty(): ResumeReport {
  const r = structuredClone(weak);
  r.file = "dir,with:colon/100% cv.pdf";
  r.hints = [{ code: "UNQUANTIFIED_BULLET", severity: "warning", message: "Cut cost by 50%: a, b\nnext\rline", line: 7, url: "https://example.test/r" }];
  r.keywords.mustHave.missing = [];
  return r;
}

describe("evaluateChecks", () => {
  it("fails min-score, missing-must-have and avoid on the weak fixture", () => {
    const c = evaluateChecks(weak, { ...gate, failOn: [...gate.failOn, "unquantified", "error-hints", "AVOID_PHRASE"] });
    expect(c.map((x) => [x.id, x.passed])).toEqual([
      ["min-score", false],
      ["missing-must-have", false],
      ["avoid", false],
      ["unquantified", false],
      ["error-hints", false],
      ["AVOID_PHRASE", false],
    ]);
    // the excused "scalable" (line 9) does not count
    expect(c[2].lines).toEqual([4, 12]);
    expect(c[3].lines).toEqual([12, 14]);
  });
  it("passes on the strong fixture", () => {
    expect(evaluateChecks(strong, { ...gate, failOn: [...gate.failOn, "unquantified", "error-hints"] }).every((x) => x.passed)).toBe(true);
  });
});

describe("formatText", () => {
  const out = formatText(weak, { color: false, ...gate });
  it("shows the score bar and components", () => {
    expect(scoreBar(52)).toBe("[██████████░░░░░░░░░░] 52/100");
    expect(out).toContain("[██████████░░░░░░░░░░] 52/100");
    expect(out).toMatch(/Must-have keywords\s+24 \/ 40/);
    expect(out).toMatch(/Avoid phrases\s+-4 \(cap -10\)/);
  });
  it("lists missing must-haves before found ones, with line evidence", () => {
    const missing = out.indexOf("MISSING REST APIs");
    const found = out.indexOf("PostgreSQL — used, line 14");
    expect(missing).toBeGreaterThan(0);
    expect(found).toBeGreaterThan(missing);
    expect(out).toContain("MISSING a message queue (any of: kafka, rabbitmq, sqs)");
    expect(out).toContain("a backend language via python — measured, line 9");
  });
  it("shows avoid phrases with line and suggestion, and every hint alike, grouped by severity", () => {
    expect(out).toMatch(/"team player", line 4 → Show collaboration/);
    // all 9 hints, missing must-haves and avoid phrases included: no code is special
    const e = out.indexOf("Errors (4)");
    const w = out.indexOf("Warnings (3)");
    const i = out.indexOf("Info (2)");
    expect(e).toBeGreaterThan(0);
    expect(w).toBeGreaterThan(e);
    expect(i).toBeGreaterThan(w);
    expect(out).toMatch(/MISSING_MUST_HAVE {2}The role expects Docker/);
    expect(out).toMatch(/line 4\s+AVOID_PHRASE/);
    // the column where the hint's place has one
    expect(out).toMatch(/line 14:3\s+UNQUANTIFIED_BULLET/);
    expect(out).toMatch(/line 12:3\s+WEAK_OPENING/);
  });
  it("leaves out unreadable files when the caller shows them elsewhere", () => {
    const batch = formatText([weak, broken], { color: false, skipErrorRows: true });
    expect(batch).not.toContain("cv.doc");
    expect(batch).not.toMatch(/files, /);
  });
  it("quotes the text a hint is about, under the hint", () => {
    expect(out).toMatch(/line 12\s+UNQUANTIFIED_BULLET[^\n]*\n\s+“Responsible for on-call and code reviews”/);
  });
  it("has ANSI codes only with color", () => {
    expect(out).not.toMatch(/\u001b\[/);
    expect(formatText(weak, { color: true })).toMatch(/\u001b\[31m/);
  });
  it("prints error rows and a batch summary", () => {
    const batch = formatText([weak, broken, strong], { color: false, ...gate });
    expect(batch).toContain("cv.doc: UNSUPPORTED_FORMAT: This is a legacy Word .doc file");
    expect(batch).toContain("3 files, 2 analyzed, 1 failed checks, 1 unreadable");
  });
});

describe("formatJson", () => {
  it("is exactly JSON.stringify(x, null, 2) plus newline and round-trips", () => {
    const s = formatJson(weak);
    expect(s).toBe(JSON.stringify(weak, null, 2) + "\n");
    expect(JSON.parse(s)).toEqual(weak);
    expect(JSON.parse(formatJson([weak, broken]))[1]).toEqual(broken);
  });
});

describe("formatMarkdown", () => {
  it("has a heading, score table, missing must-haves and a hints table", () => {
    const md = formatMarkdown(weak, gate);
    expect(md).toContain("## resume-ats: resumes/jane doe.pdf");
    expect(md).toContain("| Must-have keywords | 24 | 40 |");
    expect(md).toContain("- ❌ **REST APIs** missing (rest\\_api)".replace("rest\\_api", "rest-api"));
    expect(md).toContain("| 12 | 🔴 error | [`WEAK_OPENING`](https://github.com/resume-ats/resume-ats/blob/main/docs/rules.md#weak_opening) |");
    // pipes in messages cannot break the table; a code from another version (no url) is shown as is
    const r = structuredClone(weak);
    r.hints = [{ code: "X", severity: "info", message: "a | b\nc", line: 3 } as unknown as ReportHint];
    expect(formatMarkdown(r)).toContain("| 3 | 🔵 info | `X` | a \\| b c |");
  });
  it("starts a batch with a summary table", () => {
    const md = formatMarkdown([weak, strong, broken], gate);
    expect(md).toMatch(/^# resume-ats/);
    expect(md).toContain("| resumes/jane doe.pdf | Backend Developer | 52 | 3/6 | ❌ fail |");
    expect(md).toContain("| resumes/strong.docx | Backend Developer | 88 | 6/6 | ✅ pass |");
    expect(md).toContain("⚠️ UNSUPPORTED_FORMAT");
  });
});

describe("formatGithub", () => {
  const cmd = /^::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::[^\r\n]*$/;
  it("escapes data and properties", () => {
    expect(escapeGithubData("50%: a, b\nc\rd")).toBe("50%25: a, b%0Ac%0Dd");
    expect(escapeGithubProperty("a,b:c%")).toBe("a%2Cb%3Ac%25");
  });
  it("prints one well-formed command per hint and failed check, then a summary", () => {
    const lines = formatGithub(weak, gate).trimEnd().split("\n");
    const cmds = lines.slice(0, -1);
    for (const l of cmds) expect(l).toMatch(cmd);
    // 9 hints (3 of them missing must-haves) + 3 failed checks
    expect(cmds).toHaveLength(12);
    expect(cmds.filter((l) => l.includes("title=MISSING_MUST_HAVE"))).toHaveLength(3);
    // the hint's place gives the columns (GitHub's end column is inclusive)
    expect(cmds).toContain("::error file=resumes/jane doe.pdf,line=12,col=3,endColumn=17,title=WEAK_OPENING::This bullet starts with \"Responsible for\": start with what you did.%0ASuggestion: Ran on-call for <N> services, resolving <N> incidents per month.");
    expect(cmds).toContain("::notice file=resumes/jane doe.pdf,line=15,title=NONSTANDARD_HEADING::\"My Toolbox\" is not a heading ATS parsers know: use \"Skills\".");
    expect(lines.at(-1)).toMatch(/^resume-ats: 1 file, 1 failed/);
  });
  it("escapes hostile messages and file names", () => {
    const lines = formatGithub(nasty()).trimEnd().split("\n");
    expect(lines[0]).toBe("::warning file=dir%2Cwith%3Acolon/100%25 cv.pdf,line=7,title=UNQUANTIFIED_BULLET::Cut cost by 50%25: a, b%0Anext%0Dline");
    expect(lines[0]).toMatch(cmd);
  });
  it("annotates missing must-haves as their hints say, whether --fail-on enforces them or not", () => {
    const errors = (text: string) => text.split("\n").filter((l) => l.startsWith("::error") && l.includes("title=MISSING_MUST_HAVE"));
    expect(errors(formatGithub(weak))).toHaveLength(3);
    expect(errors(formatGithub(weak, gate))).toHaveLength(3);
  });
});

describe("formatJunit", () => {
  it("is well-formed XML with one suite per file and the right counts", () => {
    const xml = formatJunit([weak, broken, strong], gate);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } }).parseFromString(xml, "text/xml");
    expect(errors).toEqual([]);
    const suites = Array.from(doc.getElementsByTagName("testsuite"));
    expect(suites.map((s) => s.getAttribute("name"))).toEqual(["resumes/jane doe.pdf", "cv.doc", "resumes/strong.docx"]);
    // weak: 3 checks + 6 must-haves, failures: 3 checks + 3 missing must-haves
    expect(suites[0].getAttribute("tests")).toBe("9");
    expect(suites[0].getAttribute("failures")).toBe("6");
    expect(suites[0].getElementsByTagName("testcase").length).toBe(9);
    expect(suites[0].getElementsByTagName("failure").length).toBe(6);
    expect(suites[1].getAttribute("errors")).toBe("1");
    expect(suites[1].getElementsByTagName("error")[0].getAttribute("message")).toBe(`UNSUPPORTED_FORMAT: ${broken.error.message}`);
    expect(suites[2].getAttribute("failures")).toBe("0");
    const root = doc.documentElement!;
    expect(root.getAttribute("tests")).toBe(String(9 + 1 + 9));
  });
  it("escapes XML metacharacters and forbidden controls", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;\uFFFD");
  });
});

describe("formatSarif", () => {
  /** The SARIF 2.1.0 required properties we use, checked by hand. */
  function checkSarif(log: Record<string, unknown>): string[] {
    const problems: string[] = [];
    if (log.version !== "2.1.0") problems.push("version");
    if (log.$schema !== "https://json.schemastore.org/sarif-2.1.0.json") problems.push("$schema");
    const runs = log.runs as Array<Record<string, any>>;
    if (!Array.isArray(runs) || runs.length !== 1) return [...problems, "runs"];
    const driver = runs[0].tool?.driver;
    if (typeof driver?.name !== "string") problems.push("tool.driver.name");
    const ruleIds = new Set<string>();
    for (const r of driver.rules ?? []) {
      if (typeof r.id !== "string") problems.push("rule.id");
      if (typeof r.shortDescription?.text !== "string" || r.shortDescription.text === "") problems.push(`rule ${r.id} shortDescription`);
      ruleIds.add(r.id);
    }
    if (!Array.isArray(runs[0].results)) problems.push("results");
    for (const res of runs[0].results) {
      if (typeof res.message?.text !== "string") problems.push("result.message.text");
      if (!ruleIds.has(res.ruleId)) problems.push(`result ruleId ${res.ruleId} not in rules`);
      if (driver.rules[res.ruleIndex]?.id !== res.ruleId) problems.push("ruleIndex");
      if (!["error", "warning", "note", "none"].includes(res.level)) problems.push("level");
      for (const loc of res.locations ?? []) {
        if (typeof loc.physicalLocation?.artifactLocation?.uri !== "string") problems.push("uri");
        const region = loc.physicalLocation.region;
        if (region && !(Number.isInteger(region.startLine) && region.startLine >= 1)) problems.push("startLine");
      }
    }
    return problems;
  }
  it("is structurally valid SARIF 2.1.0 with the hint codes as rules", () => {
    const log = JSON.parse(formatSarif([weak, broken], gate));
    expect(checkSarif(log)).toEqual([]);
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(["ANALYSIS_ERROR", "AVOID_PHRASE", "CHECK_FAILED", "MISSING_MUST_HAVE", "MUST_HAVE_HEDGED", "NONSTANDARD_HEADING", "UNQUANTIFIED_BULLET", "WEAK_OPENING"]);
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }>;
    // 9 hints + 3 failed checks + 1 error row
    expect(results).toHaveLength(13);
    const weakOpening = results.find((r) => r.ruleId === "WEAK_OPENING")!;
    expect(weakOpening.level).toBe("error");
    expect(weakOpening.locations[0].physicalLocation.artifactLocation.uri).toBe("resumes/jane%20doe.pdf");
    expect(weakOpening.locations[0].physicalLocation.region?.startLine).toBe(12);
    expect(results.filter((r) => r.ruleId === "MUST_HAVE_HEDGED")[0].level).toBe("note");
  });
  it("describes each hint rule from the registry and gives columns where the hint has a place", () => {
    const log = JSON.parse(formatSarif(weak, gate));
    const byId = new Map(listRules().map((r) => [r.code, r] as const));
    for (const r of log.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }>) {
      const rule = byId.get(r.id as never);
      if (!rule) {
        expect(["ANALYSIS_ERROR", "CHECK_FAILED"]).toContain(r.id);
        continue;
      }
      expect(r.shortDescription.text).toBe(rule.description);
      expect(r.helpUri).toBe(rule.url);
      expect(r.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[rule.severity]);
    }
    const weakOpening = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "WEAK_OPENING");
    expect(weakOpening.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 3, endColumn: 18 });
    const heading = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "NONSTANDARD_HEADING");
    expect(heading.locations[0].physicalLocation.region).toEqual({ startLine: 15 });
  });
});

describe("FORMATTERS", () => {
  it("lists every format once, each loading a formatter with the one signature", async () => {
    expect(FORMAT_NAMES).toEqual(["text", "json", "ndjson", "markdown", "github", "junit", "sarif", "html"]);
    for (const name of FORMAT_NAMES) {
      expect(FORMATTERS[name].description.length).toBeGreaterThan(10);
      const out = await formatReport(name, [weak, broken], { ...gate, color: false });
      expect(typeof out).toBe("string");
      expect(out.length).toBeGreaterThan(0);
    }
    expect(await formatReport("json", weak)).toBe(formatJson(weak));
    expect(await formatReport("text", weak, { color: false, ...gate })).toBe(formatText(weak, { color: false, ...gate }));
  });
});

describe("vocabulary skills and unrecognized terms in every format", () => {
  const r = structuredClone(weak);
  r.skills = [
    ...r.skills,
    { id: "cratedb", name: "CrateDB", category: "database", tier: "vocabulary", evidence: "used", hedged: false, implied: false, impliedBy: [], lastUsed: null, occurrences: [{ section: "experience", line: 9, matched: "CrateDB", text: "Moved sessions to CrateDB", column: 19, endColumn: 28, inBullet: true, inSkillsList: false, hedged: false }] },
  ];
  r.unrecognized = [{ term: "Frobnicator", line: 14, column: 9, section: "skills" }];

  it("text, markdown and JUnit name both, and JSON carries them", () => {
    for (const out of [formatText(r, { color: false }), formatMarkdown(r), formatJunit(r)]) {
      expect(out).toContain("CrateDB");
      expect(out).toContain("Frobnicator (line 14)");
    }
    const json = JSON.parse(formatJson(r)) as ResumeReport;
    expect(json.unrecognized).toEqual(r.unrecognized);
    expect(json.skills.find((s) => s.id === "cratedb")?.tier).toBe("vocabulary");
  });

  it("GitHub and SARIF give a note for the vocabulary and one per unrecognized term, on its line", () => {
    const gh = formatGithub(r);
    expect(gh).toContain("title=VOCABULARY_SKILLS::Other technologies found (vocabulary, not scored): CrateDB");
    expect(gh).toMatch(/::notice file=[^\n]*line=14,title=UNRECOGNIZED_TERM::"Frobnicator"/);
    const sarif = JSON.parse(formatSarif(r)) as { runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region?: { startLine: number } } }> }> }> };
    const results = sarif.runs[0].results;
    const term = results.find((x) => x.ruleId === "UNRECOGNIZED_TERM");
    expect(term?.level).toBe("note");
    expect(term?.locations[0].physicalLocation.region?.startLine).toBe(14);
    expect(results.some((x) => x.ruleId === "VOCABULARY_SKILLS")).toBe(true);
  });

  it("a report without either prints neither, and never fails a check for them", () => {
    const plain = structuredClone(weak);
    plain.skills = plain.skills.filter((s) => s.tier !== "vocabulary");
    plain.unrecognized = [];
    expect(formatText(plain, { color: false })).not.toContain("Other technologies");
    expect(formatGithub(plain)).not.toContain("UNRECOGNIZED_TERM");
    expect(evaluateChecks(r, { failOn: ["error-hints", "warnings"] }).map((c) => c.passed)).toEqual(evaluateChecks(weak, { failOn: ["error-hints", "warnings"] }).map((c) => c.passed));
  });
});
