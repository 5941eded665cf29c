/**
 * JUnit XML: one `<testsuite>` per file, one `<testcase>` per check
 * (min-score, each fail-on rule, each must-have keyword). Valid against the
 * JUnit XSD Jenkins reads (checked in the tests). Written by hand: the
 * document is three element types deep, and an XML builder library would
 * add more code than the escaping it replaces (`escapeXml`).
 */
import type { ResumeReport } from "./types.js";
import {
  evaluateChecks,
  failOnHas,
  isErrorRow,
  keywordRequirement,
  rowFile,
  toRows,
  type CheckOptions,
  type FormatInput,
  unrecognizedSummary,
  vocabularySummary,
} from "./format-common.js";

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0
 * forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

interface Case {
  name: string;
  failure?: { message: string; type: string; body: string };
  error?: { message: string; type: string };
  out?: string;
}

function casesOf(r: ResumeReport, options: CheckOptions): Case[] {
  const cases: Case[] = [];
  for (const c of evaluateChecks(r, options)) {
    cases.push({
      name: `${c.id}: ${c.name}`,
      failure: c.passed ? undefined : { message: c.message, type: c.id, body: c.lines.length > 0 ? `lines: ${c.lines.join(", ")}` : c.message },
      out: c.passed ? c.message : undefined,
    });
  }
  const enforce = failOnHas(options, "missing-must-have");
  for (const k of r.keywords.mustHave.missing) {
    const message = `${k.label} is missing (${keywordRequirement(k)})`;
    cases.push({
      name: `must-have: ${k.label}`,
      failure: enforce ? { message, type: "missing-must-have", body: message } : undefined,
      out: enforce ? undefined : `${message}; not enforced (add --fail-on missing-must-have)`,
    });
  }
  for (const k of r.keywords.mustHave.found) {
    cases.push({ name: `must-have: ${k.label}`, out: `${k.status}${k.evidence ? `, ${k.evidence}` : ""}: ${k.matchedSkills.join(", ")}` });
  }
  // Informational, never a failure: what the vocabulary found and what nothing matched.
  const vocabulary = vocabularySummary(r);
  const unknown = unrecognizedSummary(r);
  if (vocabulary || unknown) {
    cases.push({ name: "other technologies", out: [vocabulary ? `vocabulary (not scored): ${vocabulary}` : "", unknown ? `not recognized: ${unknown}` : ""].filter(Boolean).join("\n") });
  }
  return cases;
}

function caseXml(c: Case, classname: string): string {
  const open = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(classname)}" time="0"`;
  const inner: string[] = [];
  // The order the Jenkins JUnit schema requires: error, failure, system-out.
  if (c.error) inner.push(`      <error message="${escapeXml(c.error.message)}" type="${escapeXml(c.error.type)}"/>`);
  if (c.failure) inner.push(`      <failure message="${escapeXml(c.failure.message)}" type="${escapeXml(c.failure.type)}">${escapeXml(c.failure.body)}</failure>`);
  if (c.out) inner.push(`      <system-out>${escapeXml(c.out)}</system-out>`);
  return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join("\n")}\n    </testcase>`;
}

/** Formats one report or a batch as a JUnit XML document (UTF-8). */
export function formatJunit(input: FormatInput, options: CheckOptions = {}): string {
  const rows = toRows(input);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const row of rows) {
    const file = rowFile(row);
    const classname = `resume-ats.${file}`;
    let cases: Case[];
    let props = "";
    if (isErrorRow(row)) {
      cases = [{ name: "analyze", error: { message: `${row.error.code}: ${row.error.message}`, type: row.error.code } }];
    } else {
      cases = casesOf(row, options);
      props = `    <properties>\n      <property name="role" value="${escapeXml(row.role.id)}"/>\n      <property name="score" value="${row.score.total}"/>\n    </properties>\n`;
    }
    const f = cases.filter((c) => c.failure).length;
    const e = cases.filter((c) => c.error).length;
    tests += cases.length;
    failures += f;
    errors += e;
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="0" time="0">\n${props}${cases.map((c) => caseXml(c, classname)).join("\n")}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="resume-ats" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join("\n")}\n</testsuites>\n`;
}
