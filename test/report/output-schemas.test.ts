/**
 * SARIF and JUnit output checked against schemas other tools use (copied
 * unchanged from npm packages, see fixtures/schemas/README.md): the official
 * SARIF 2.1.0 JSON Schema (draft-04, with ajv-draft-04 and ajv-formats) and
 * the JUnit XSD Jenkins reads (with xmllint-wasm, libxml2 in WebAssembly).
 * The reports are real: fixtures, an error row, awkward file names, and the
 * analysis of the official JSON Resume sample.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { validateXML } from "xmllint-wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeResume } from "../../src/analyze/index.js";
import { formatJunit, formatSarif, type FileErrorRow, type ResumeReport } from "../../src/report/index.js";
import type { ReportRow } from "../../src/report/format-common.js";

const root = path.join(import.meta.dirname, "../..");
const schemaFile = (name: string): string => path.join(root, "fixtures/schemas", name);
const SARIF_SCHEMA = schemaFile("sarif-2.1.0-rtm.5.json");
const JUNIT_XSD = schemaFile("jenkins-junit.xsd");
const load = (name: string): ResumeReport => JSON.parse(readFileSync(path.join(root, "fixtures/reports", name), "utf8")) as ResumeReport;

const weak = load("weak-backend.json");
const strong = load("strong-backend.json");
const broken: FileErrorRow = { file: "cv.doc", error: { code: "UNSUPPORTED_FORMAT", message: "This is a legacy Word .doc file & <not> \"read\"." } };
/** A report under a file name with spaces, brackets, a percent sign, '#', '?', non-ASCII and XML's special characters. */
const awkward: ResumeReport = { ...structuredClone(weak), file: "CVs/Zoë [final] 100% #1?.pdf" };
awkward.hints = [...awkward.hints, { code: "UNQUANTIFIED_BULLET", severity: "warning", message: `Control \u0001 chars, "quotes" & <tags>\nand lines`, line: 3, url: "https://example.test/r" }];
const gate = { minScore: 70, failOn: ["missing-must-have", "avoid", "unquantified"] };

let sample: ResumeReport;
beforeAll(async () => {
  sample = await analyzeResume(path.join(root, "fixtures/jsonresume/sample.resume.json"), {
    jobDescription: path.join(root, "fixtures/jsonresume/sample.job.json"),
    now: new Date("2026-06-15T00:00:00Z"),
  });
}, 120_000);

/** The batches each format is checked on. */
function batches(): Array<[string, ReportRow | ReportRow[]]> {
  return [
    ["one weak report", weak],
    ["a batch with an error row", [weak, broken, strong]],
    ["awkward file names and messages", [awkward, { ...broken, file: "a&b <c>.doc" }]],
    ["the official JSON Resume sample with its job", sample],
    ["an error row alone", [broken]],
  ];
}

describe("schema files", () => {
  it("are the published ones (SHA-256 as in fixtures/schemas/README.md)", () => {
    const sha = (f: string): string => createHash("sha256").update(readFileSync(f)).digest("hex");
    expect(sha(SARIF_SCHEMA)).toBe("2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8");
    expect(sha(JUNIT_XSD)).toBe("b74f22f7b3e328e08356c268e18fb979ae95e3bcc746f93ae399260310ad0d6f");
  });
});

describe("SARIF output against the official SARIF 2.1.0 JSON Schema", () => {
  // The schema's `language` pattern ("...-[a-zA-Z]{2}]?$") is not valid with the u flag Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));

  it("rejects what is not SARIF (the validator validates)", () => {
    const good = JSON.parse(formatSarif(weak, gate));
    expect(validate(good)).toBe(true);
    const badLevel = structuredClone(good);
    badLevel.runs[0].results[0].level = "fatal";
    expect(validate(badLevel)).toBe(false);
    const noDriverName = structuredClone(good);
    delete noDriverName.runs[0].tool.driver.name;
    expect(validate(noDriverName)).toBe(false);
    const badUri = structuredClone(good);
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "a b\\c%zz";
    expect(validate(badUri)).toBe(false);
  });

  it("is valid for every batch", () => {
    for (const [name, rows] of batches()) {
      const log = JSON.parse(formatSarif(rows as ResumeReport, { ...gate, toolVersion: "0.1.0" }));
      expect(validate(log), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(log.runs[0].results.length, name).toBeGreaterThan(0);
    }
  });
});

describe("JUnit output against the Jenkins JUnit XSD", () => {
  const xsd = readFileSync(JUNIT_XSD, "utf8");
  const check = (xml: string) => validateXML({ xml: [{ fileName: "report.xml", contents: xml }], schema: [{ fileName: "junit.xsd", contents: xsd }] });

  it("rejects what the schema does not allow (the validator validates)", async () => {
    expect((await check(formatJunit(weak, gate))).valid).toBe(true);
    const noName = await check(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite tests="1"><testcase/></testsuite></testsuites>\n`);
    expect(noName.valid).toBe(false);
    expect(noName.errors.map((e) => e.message).join("\n")).toMatch(/'name' is required/);
    const emptyProperties = await check(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="x" tests="0"><properties/></testsuite></testsuites>\n`);
    expect(emptyProperties.valid).toBe(false);
  });

  it("is valid for every batch", async () => {
    for (const [name, rows] of batches()) {
      const r = await check(formatJunit(rows as ResumeReport, gate));
      expect(r.valid, `${name}: ${r.errors.map((e) => e.rawMessage).join("\n")}`).toBe(true);
    }
  });
});
