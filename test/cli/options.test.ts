import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { CLI_OPTIONS, CONFIG_KEYS, flagKey, optionsHelp, parseArgsOptions } from "../../src/cli/options.js";
import { HELP } from "../../src/cli/help.js";
import { loadConfig, mergeConfig } from "../../src/cli/config.js";
import { validateFailOn } from "../../src/cli/commands/check.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { FORMATTERS, FORMAT_NAMES } from "../../src/report/formatters.js";
import { LEVELS } from "../../src/levels.js";
import { configSchemaText } from "../../scripts/config-schema.js";
import { reportSchemaText } from "../../scripts/report-schema.js";

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "resume-ats-options-"));

describe("the options table", () => {
  it("generates parseArgs's options, with the --no- form of negatable flags", () => {
    const o = parseArgsOptions();
    for (const opt of CLI_OPTIONS) expect(o[opt.flag], opt.flag).toMatchObject({ type: opt.kind === "boolean" ? "boolean" : "string" });
    expect(o["fail-on"]).toMatchObject({ multiple: true });
    expect(o["no-color"]).toEqual({ type: "boolean" });
    expect(o.role!.short).toBe("r");
  });

  it("generates the help: every option once, the formats from the formatter table", () => {
    for (const opt of CLI_OPTIONS) expect(HELP.split(`--${opt.flag}`).length - 1, opt.flag).toBeGreaterThanOrEqual(1);
    expect(HELP).toContain(optionsHelp());
    for (const f of FORMAT_NAMES) expect(HELP).toContain(`  ${f.padEnd(10)} ${FORMATTERS[f].description}`);
    expect(HELP).toContain(`-f, --format <format>      ${FORMAT_NAMES.join(" | ")}`);
    expect(HELP).toContain(LEVELS.join(" | "));
  });

  it("reads each check option into the flags under its camelCase key", () => {
    const c = parseCliArgs(["a.pdf", "--min-score", "72.5", "--timeout", "9000", "--verbose", "--json"]);
    if (c.kind !== "check") throw new Error("check");
    expect(c.flags).toMatchObject({ minScore: 72.5, timeout: 9000, verbose: true, format: "json" });
    expect(() => parseCliArgs(["a.pdf", "--timeout", "9.5"])).toThrow(/whole number/);
    expect(() => parseCliArgs(["a.pdf", "--color", "--no-color"])).toThrow(/cannot be used together/);
    expect(flagKey("update-baseline")).toBe("updateBaseline");
    expect(CONFIG_KEYS).not.toContain("updateBaseline");
    expect(CONFIG_KEYS).not.toContain("config");
    expect(CONFIG_KEYS).toContain("failOn");
  });
});

describe("--fail-on", () => {
  it("takes check names and hint codes of the registry in any case, and refuses others with the closest name", () => {
    expect(() => validateFailOn(["missing-must-have", "WEAK_OPENING", "repeated_bullet", "Error-Hints"])).not.toThrow();
    expect(() => validateFailOn(["UNQUANTIFIED_BULLETS"])).toThrow(/unknown rule "UNQUANTIFIED_BULLETS"\. Did you mean UNQUANTIFIED_BULLET\?/);
    expect(() => validateFailOn(["missing-must-haves"])).toThrow(/Did you mean missing-must-have\?/);
    // an upper-snake word is no longer enough: the code must exist
    expect(() => validateFailOn(["HEDGED_SKILL"])).toThrow(UsageError);
  });
});

describe("config rules", () => {
  it("reads rules from the config file and passes them on; flags and config merge as before", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ role: "backend-developer", rules: { PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }] } }));
    const { config } = await loadConfig(dir);
    expect(config.rules).toEqual({ PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }] });
    expect(mergeConfig({}, ["cv.pdf"], config).flags.rules).toEqual(config.rules);
  });
  it("refuses unknown rules and bad options with where and the closest name", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ rules: { PASIVE_VOICE: "off" } }));
    await expect(loadConfig(dir)).rejects.toThrow('resume-ats.config.json: invalid config at rules: unknown rule "PASIVE_VOICE". Did you mean PASSIVE_VOICE?');
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ rules: { BULLET_TOO_LONG: ["warning", { maxWords: -1 }] } }));
    await expect(loadConfig(dir)).rejects.toThrow(/invalid config at rules\.BULLET_TOO_LONG\.1\.maxWords/);
    const pkg = tmp();
    writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "x", "resume-ats": { rules: { LENGTH: "loud" } } }));
    await expect(loadConfig(pkg)).rejects.toThrow(/package\.json#resume-ats: invalid config at rules\.LENGTH/);
  });
});

describe("generated schemas", () => {
  it("schema/config.schema.json is what scripts/config-schema.ts writes (npm run schema:config)", () => {
    const text = configSchemaText();
    expect(readFileSync(new URL("../../schema/config.schema.json", import.meta.url), "utf8")).toBe(text);
    const schema = JSON.parse(text) as { properties: Record<string, { properties?: Record<string, unknown> }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.rules!.properties!)).toContain("REPEATED_BULLET");
  });
  it("schema/report.schema.json is what scripts/report-schema.ts writes (npm run schema:report)", () => {
    expect(readFileSync(new URL("../../schema/report.schema.json", import.meta.url), "utf8")).toBe(reportSchemaText());
  }, 120_000);
});
