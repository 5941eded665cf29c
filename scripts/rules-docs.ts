/**
 * Writes docs/rules.md from the rule registry: one section per rule (what it
 * checks, why it matters, options, an example that fires and one that does
 * not, with the message the example really gets).
 * Run: `npm run docs:rules`. `--check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_LIST } from "../src/hints/rules/index.js";
import { EXAMPLE_ROLE, exampleHints } from "../src/hints/examples.js";
import { FILTERS } from "../src/hints/filters.js";
import type { AnyRule, OptionSpec, RuleExample } from "../src/hints/rule.js";
import { optionDefaults } from "../src/hints/rules-config.js";
import { HELPERS } from "../src/hints/helpers.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "docs", "rules.md");

const SCOPES: Record<string, string> = {
  bullet: "each bullet of Experience, Projects and Volunteer",
  document: "the whole resume",
  role: "the role scored against",
  job: "the job description, when one is given",
};

function fence(text: string, lang = "text"): string {
  const body = text.replace(/\n+$/u, "");
  return `\`\`\`${lang}\n${body}\n\`\`\``;
}

/** Pretty JSON with arrays of plain values on one line. */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s*([^\[\]{}]*?)\s*\]/gsu, (_m, inner: string) => `[${inner.split(/,\s*/u).join(", ")}]`);
}

function optionType(spec: OptionSpec): string {
  if (spec.type === "integer" || spec.type === "number") {
    const bounds = [spec.minimum !== undefined ? `≥ ${spec.minimum}` : "", spec.maximum !== undefined ? `≤ ${spec.maximum}` : ""].filter(Boolean).join(", ");
    return bounds ? `${spec.type} (${bounds})` : spec.type;
  }
  if (spec.type === "string" && spec.enum) return spec.enum.map((v) => `"${v}"`).join(" \\| ");
  return spec.type;
}

function exampleBlock(ex: RuleExample): string {
  const parts: string[] = [];
  if (ex.bullets) {
    const lines = ["Backend Engineer, Acme Corp | Jan 2021 – Present", ...ex.bullets.map((b) => `• ${b}`)];
    if (ex.earlierRole) lines.push(`${ex.earlierRole.title} | ${ex.earlierRole.dates}`, ...ex.earlierRole.bullets.map((b) => `• ${b}`));
    if (ex.skills) lines.push("", "Skills", ex.skills);
    parts.push(fence(lines.join("\n")));
  } else if (ex.lines) {
    const width = Math.max(...ex.lines.map((l) => l.text.length));
    parts.push(fence(ex.lines.map((l) => `${l.text.padEnd(width)}   (${l.fontSize ?? "?"} pt)`).join("\n")));
  } else if (ex.text !== undefined) {
    parts.push(fence(ex.text));
  }
  const context: string[] = [];
  if (ex.role) context.push(`scored against the built-in role \`${ex.role}\``);
  if (ex.level) context.push(`with \`--level ${ex.level}\``);
  if (ex.options) context.push(`with the options \`${JSON.stringify(ex.options)}\``);
  if (context.length > 0) parts.push(`(${context.join(", ")})`);
  if (ex.jobDescription !== undefined) parts.push("With this job description:", fence(ex.jobDescription));
  return parts.join("\n\n");
}

/** What the rule loads, and under which option when only an option asks for it. */
function needsLine(rule: AnyRule): string[] {
  const needs = rule.meta.needs;
  if (needs === undefined) return [];
  if (typeof needs !== "function") return needs.length > 0 ? ["", `Loads ${needs.map((n) => HELPERS[n]).join(", ")} on first use (and only when it is on).`] : [];
  const defaults = optionDefaults(rule);
  const out: string[] = [];
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
    if (spec.type !== "boolean") continue;
    const on = needs({ ...defaults, [name]: !spec.default });
    if (on.length > 0) out.push("", `With \`${name}: ${!spec.default}\` it loads ${on.map((n) => HELPERS[n]).join(", ")} on first use.`);
  }
  return out;
}

async function ruleSection(rule: AnyRule): Promise<string> {
  const m = rule.meta;
  const on = m.enabledByDefault === false ? "off unless turned on" : "on by default";
  const out = [`## ${m.code}`, "", `\`${m.severity}\` · ${SCOPES[m.scope]} · ${on}`, "", m.description, "", `**Why it matters.** ${m.docs.why}`];
  if (m.docs.details) out.push("", m.docs.details);
  const options = Object.entries(m.options ?? {});
  if (options.length > 0) {
    out.push("", "| option | type | default | |", "|---|---|---|---|");
    for (const [name, spec] of options) out.push(`| \`${name}\` | ${optionType(spec)} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`);
    out.push("", `Set them as \`"${m.code}": ["${m.severity}", { ${options.map(([n, s]) => `"${n}": ${JSON.stringify(s.default)}`).join(", ")} }]\`.`);
  }
  const fired = await exampleHints(rule, m.docs.fires);
  out.push("", "**Fires on**", "", exampleBlock(m.docs.fires), "");
  for (const h of fired) out.push(`> ${h.message}${h.suggestion ? `<br>→ ${h.suggestion}` : ""}`, ">");
  if (fired.length > 0) out.pop();
  out.push("", "**Does not fire on**", "", exampleBlock(m.docs.passes));
  out.push(...needsLine(rule));
  return out.join("\n");
}

/** docs/rules.md, as written. */
export async function rulesMarkdown(): Promise<string> {
  const table = ["| rule | severity | looks at | what it checks |", "|---|---|---|---|"];
  for (const r of RULE_LIST) table.push(`| [\`${r.meta.code}\`](#${r.meta.code.toLowerCase()}) | ${r.meta.severity} | ${r.meta.scope} | ${r.meta.description.replace(/\|/g, "\\|")} |`);
  const sections: string[] = [];
  for (const r of RULE_LIST) sections.push(await ruleSection(r));
  const header = `<!-- Generated by scripts/rules-docs.ts from src/hints/rules/ (npm run docs:rules); do not edit. -->

# Rules

Every hint in a report comes from one rule: a module in \`src/hints/rules/\`, listed in
\`src/hints/rules/index.ts\`. A hint carries its rule's \`code\`, a \`severity\`, a \`message\`
without the location, the \`place\` (lines and, where known, columns) and a \`url\` to its section
here. Rules never change the score: turning one off only removes its hints.

## Configuring rules

As in a linter, in \`resume-ats.config.json\`, \`package.json#resume-ats\` or the \`rules\` option
of \`analyzeResume\`:

${fence(json({ rules: { PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }], MISSING_STRONG: "error" } }), "json")}

A rule can be \`"off"\`, \`"on"\` (its default severity), \`"error"\`, \`"warning"\` or \`"info"\`, or
\`[level, options]\`. A rule that grades its own messages (a missing e-mail is an error, a missing
LinkedIn profile is info) keeps doing so unless a severity is set, which then applies to all of its
messages. Unknown rules and options are refused with the closest name;
\`schema/config.schema.json\` lets editors complete them. \`--fail-on\` takes any code below.

Cross-rule policy is applied after all rules ran, as message filters:
${FILTERS.map((f) => `\n- \`${f.name}\`: ${f.description}`).join("")}

## The examples

Each rule below has an example that fires and one that does not; they run through the whole
analysis in the test suite, and the messages shown are the ones they get. Bullet examples sit
under a current role in an otherwise complete resume. Examples are scored against this role
unless they name another:

${fence(json(EXAMPLE_ROLE), "json")}

## All rules

${table.join("\n")}
`;
  return `${header}\n${sections.join("\n\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await rulesMarkdown();
  if (process.argv.includes("--check")) {
    const same = readFileSync(OUT, "utf8") === text;
    console.log(same ? "docs/rules.md is up to date" : "docs/rules.md is stale: run npm run docs:rules");
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(OUT, text);
    console.log("wrote docs/rules.md");
  }
}
