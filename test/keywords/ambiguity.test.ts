/**
 * The ambiguity rules live in the catalog DATA. This file asserts that the
 * data encodes each rule written in keywords/AMBIGUITY.md, and that the
 * sentence table in ambiguity-cases.json (reused by the matcher tests) is
 * well-formed. It does not run the matcher.
 */
import { describe, expect, it } from "vitest";
import { AMBIGUITY_CASES as cases, type AmbiguityCase } from "./ambiguity-cases.js";
export type { AmbiguityCase };
import { aliasForms, aliasKey } from "../../src/keywords/alias-key.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinFiles } from "../../src/keywords/builtin.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import type { Skill } from "../../src/keywords/schema.js";

/** A sentence the matcher must (expected: true) or must not (false) find the skill in. */

interface Rule {
  skillId: string;
  caseSensitive?: boolean;
  requiresContext?: boolean;
  contextTerms?: string[];
  notWhenFollowedBy?: string[];
  notWhenPrecededBy?: string[];
  /** Object aliases that must exist with these flags. */
  aliases?: Array<{ text: string; caseSensitive?: boolean; requiresContext?: boolean; stem?: boolean; notWhenFollowedBy?: string[]; notWhenPrecededBy?: string[] }>;
  /** Texts that must not be a case-insensitive, context-free form of the skill. */
  neverBare?: string[];
}

const RULES: Rule[] = [
  { skillId: "go", caseSensitive: true, requiresContext: true, contextTerms: ["golang", "goroutine", "gin", "grpc"], notWhenFollowedBy: ["live", "getter", "to", "deeper"], aliases: [{ text: "Golang" }], neverBare: ["go"] },
  { skillId: "java", notWhenFollowedBy: ["Script"] },
  { skillId: "javascript", aliases: [] },
  { skillId: "spring", caseSensitive: true, notWhenFollowedBy: ["semester", "term", "break", "of", "2021", "Semester"], notWhenPrecededBy: ["this", "last", "next", "during"] },
  { skillId: "express", requiresContext: true, contextTerms: ["node.js", "node", "mongodb"], notWhenFollowedBy: ["delivery"], notWhenPrecededBy: ["American"], aliases: [{ text: "Express.js" }] },
  { skillId: "oracle-database", notWhenFollowedBy: ["Corporation", "Cloud", "Certified"], contextTerms: ["database", "sql", "pl/sql"], aliases: [{ text: "Oracle", caseSensitive: true, requiresContext: true }], neverBare: ["oracle"] },
  { skillId: "c", caseSensitive: true, requiresContext: true, contextTerms: ["embedded", "gcc", "c++"], notWhenFollowedBy: ["level", "++", "#"], notWhenPrecededBy: ["grade", "Objective"] },
  { skillId: "r", caseSensitive: true, requiresContext: true, contextTerms: ["tidyverse", "rstudio"], notWhenFollowedBy: ["&", "&D"] },
  { skillId: "rust", caseSensitive: true, notWhenFollowedBy: ["Belt"] },
  { skillId: "swift", caseSensitive: true, requiresContext: true, contextTerms: ["ios", "swiftui", "vapor"] },
  { skillId: "ruby", caseSensitive: true, requiresContext: true, contextTerms: ["rails", "gems", "rspec"] },
  { skillId: "ruby-on-rails", aliases: [{ text: "Rails", caseSensitive: true, requiresContext: true, notWhenPrecededBy: ["guard"] }], contextTerms: ["ruby", "activerecord"], neverBare: ["rails"] },
  { skillId: "elasticsearch", neverBare: ["elastic"] },
  { skillId: "rest", caseSensitive: true, aliases: [{ text: "RESTful" }, { text: "REST API" }], neverBare: ["rest"] },
  { skillId: "make", caseSensitive: true, requiresContext: true, contextTerms: ["makefile", "cmake", "gcc"], notWhenFollowedBy: ["sure"], aliases: [{ text: "GNU Make" }, { text: "Makefile" }], neverBare: ["make"] },
  { skillId: "chef", caseSensitive: true, requiresContext: true, contextTerms: ["cookbooks", "ansible", "configuration management"], notWhenPrecededBy: ["Sous", "Executive"], neverBare: ["chef"] },
  { skillId: "puppet", caseSensitive: true, requiresContext: true, contextTerms: ["manifests", "ansible"], neverBare: ["puppet"] },
  { skillId: "ant", caseSensitive: true, requiresContext: true, contextTerms: ["maven", "build"], notWhenFollowedBy: ["Design"], aliases: [{ text: "Apache Ant" }], neverBare: ["ant"] },
  { skillId: "gin", caseSensitive: true, requiresContext: true, contextTerms: ["go", "golang"], notWhenFollowedBy: ["and", "tonic"], neverBare: ["gin"] },
  { skillId: "flask", caseSensitive: true, notWhenPrecededBy: ["volumetric", "Erlenmeyer"] },
  { skillId: "hive", aliases: [{ text: "Hive", caseSensitive: true, requiresContext: true }], contextTerms: ["hadoop", "hdfs"], neverBare: ["hive"] },
  { skillId: "spark", aliases: [{ text: "Spark", caseSensitive: true, requiresContext: true }], contextTerms: ["hadoop", "databricks", "pyspark"], neverBare: ["spark"] },
  { skillId: "storm", aliases: [{ text: "Storm", caseSensitive: true, requiresContext: true }], contextTerms: ["kafka", "topology"], neverBare: ["storm"] },
  { skillId: "pulsar", aliases: [{ text: "Pulsar", caseSensitive: true, requiresContext: true }], contextTerms: ["kafka", "topics"], neverBare: ["pulsar"] },
  { skillId: "consul", caseSensitive: true, requiresContext: true, contextTerms: ["service discovery", "hashicorp", "vault"], notWhenPrecededBy: ["Honorary"], neverBare: ["consul"] },
  { skillId: "hashicorp-vault", aliases: [{ text: "Vault", caseSensitive: true, requiresContext: true }], contextTerms: ["secrets", "hashicorp"], notWhenPrecededBy: ["bank", "Bank"], neverBare: ["vault"] },
  { skillId: "jest", caseSensitive: true, contextTerms: ["tests", "javascript"], aliases: [{ text: "jest", requiresContext: true, notWhenPrecededBy: ["in", "half"] }] },
  { skillId: "nodejs", aliases: [{ text: "Node", caseSensitive: true, notWhenFollowedBy: ["pool", "pools"], notWhenPrecededBy: ["Kubernetes", "worker"] }], neverBare: ["node"] },
  { skillId: "aws-lambda", contextTerms: ["aws", "serverless", "s3"], aliases: [{ text: "Lambda", caseSensitive: true, requiresContext: true, notWhenFollowedBy: ["expression", "expressions"] }], neverBare: ["lambda"] },
  { skillId: "kong", caseSensitive: true, requiresContext: true, contextTerms: ["api gateway", "gateway", "plugins"], notWhenPrecededBy: ["Hong", "King"] },
  { skillId: "helm", caseSensitive: true, notWhenPrecededBy: ["the"], aliases: [{ text: "Helm charts" }] },
  { skillId: "jenkins", requiresContext: true, contextTerms: ["ci", "pipeline", "pipelines", "build"], aliases: [{ text: "Jenkinsfile" }, { text: "Jenkins CI" }] },
  { skillId: "postman", caseSensitive: true, requiresContext: true, contextTerms: ["api", "tests", "collections"] },
  { skillId: "pact", caseSensitive: true, requiresContext: true, contextTerms: ["contract", "consumer-driven", "tests"] },
  { skillId: "cassandra", caseSensitive: true, requiresContext: true, contextTerms: ["nosql", "cql", "cluster"], aliases: [{ text: "Apache Cassandra" }] },
  { skillId: "mocha", caseSensitive: true, requiresContext: true, contextTerms: ["chai", "tests"], notWhenFollowedBy: ["coffee", "latte"] },
  { skillId: "indexing", contextTerms: ["queries", "sql", "database"], aliases: [{ text: "index", stem: true, requiresContext: true }] },
  { skillId: "apache-http-server", contextTerms: ["virtual hosts", "php"], aliases: [{ text: "Apache", caseSensitive: true, requiresContext: true, notWhenFollowedBy: ["Kafka", "Spark", "Maven", "Tomcat"] }], neverBare: ["apache"] },
  // Catalog 1.1: names from the offlinecv truth files that are ordinary words, first names or company names.
  { skillId: "assembly", caseSensitive: true, requiresContext: true, contextTerms: ["x86", "embedded", "c"], notWhenFollowedBy: ["line"], notWhenPrecededBy: ["General"], aliases: [{ text: "x86 assembly" }, { text: "Assembly language" }], neverBare: ["assembly"] },
  { skillId: "atlantis", caseSensitive: true, requiresContext: true, contextTerms: ["terraform", "pull request"], notWhenFollowedBy: ["Resort"], neverBare: ["atlantis"] },
  { skillId: "aws-direct-connect", contextTerms: ["aws", "vpn"], aliases: [{ text: "Direct Connect", caseSensitive: true, requiresContext: true }], neverBare: ["direct connect"] },
  { skillId: "backbone-js", contextTerms: ["javascript", "jquery"], aliases: [{ text: "Backbone", caseSensitive: true, requiresContext: true, notWhenFollowedBy: [] }], notWhenFollowedBy: ["network", "of"], neverBare: ["backbone"] },
  { skillId: "kuma", caseSensitive: true, requiresContext: true, contextTerms: ["service mesh", "istio", "envoy"], neverBare: ["kuma"] },
  { skillId: "rancher", caseSensitive: true, requiresContext: true, contextTerms: ["kubernetes", "docker"], notWhenPrecededBy: ["cattle"], neverBare: ["rancher"] },
  { skillId: "windows", caseSensitive: true, requiresContext: true, contextTerms: ["linux", "macos", "mac os", "powershell"], notWhenFollowedBy: ["of", "Server"], notWhenPrecededBy: ["maintenance", "time", "release"], aliases: [{ text: "Microsoft Windows" }, { text: "Windows 11" }], neverBare: ["windows"] },
  { skillId: "mentoring", aliases: [{ text: "coached", notWhenPrecededBy: ["swim", "football"] }, { text: "coach", notWhenPrecededBy: ["swim", "football"] }] },
  { skillId: "coaching", notWhenPrecededBy: ["swim", "football"] },
  { skillId: "accessibility", notWhenPrecededBy: ["data", "information"], aliases: [{ text: "ARIA", caseSensitive: true, requiresContext: true }] },
  { skillId: "front-end-development", notWhenFollowedBy: ["testing", "server"], notWhenPrecededBy: ["compiler", "LLVM"] },
  { skillId: "full-stack-development", notWhenPrecededBy: ["the", "entire", "whole"], notWhenFollowedBy: ["of", "observability"] },
  { skillId: "forecasting", requiresContext: true, contextTerms: ["time series", "arima", "models", "demand"], notWhenPrecededBy: ["weather"], aliases: [{ text: "demand forecasting", requiresContext: false }], neverBare: ["forecasting"] },
  { skillId: "machine-learning", notWhenFollowedBy: ["GameDay", "Hackathon", "based"], aliases: [{ text: "ML", caseSensitive: true, requiresContext: true, notWhenFollowedBy: ["GameDay"] }], neverBare: ["ml"] },
  { skillId: "artificial-intelligence", notWhenFollowedBy: ["GameDay", "Hackathon"], neverBare: ["ai"] },
  { skillId: "data-visualization", contextTerms: ["dashboards", "charts", "tableau", "leaflet"], aliases: [{ text: "visualization", requiresContext: true }, { text: "visualisation", requiresContext: true }], neverBare: ["visualization", "visualisation"] },
  { skillId: "leaflet", caseSensitive: true, requiresContext: true, contextTerms: ["maps", "gis", "javascript", "python"], notWhenPrecededBy: ["printed"], aliases: [{ text: "Leaflet.js" }], neverBare: ["leaflet"] },
  { skillId: "pug", caseSensitive: true, requiresContext: true, contextTerms: ["node", "express", "templates"], aliases: [{ text: "Jade", caseSensitive: true, requiresContext: true }, { text: "Pug.js" }], notWhenFollowedBy: ["dog"], neverBare: ["pug", "jade"] },
  { skillId: "requirejs", contextTerms: ["backbone", "amd", "javascript"], aliases: [{ text: "Require", caseSensitive: true, requiresContext: true }, { text: "Require.js" }], neverBare: ["require"] },
  { skillId: "stylus", caseSensitive: true, requiresContext: true, contextTerms: ["css", "sass", "jade"], notWhenFollowedBy: ["pen", "input"], neverBare: ["stylus"] },
  { skillId: "asana", caseSensitive: true, requiresContext: true, contextTerms: ["trello", "jira", "tasks"], notWhenPrecededBy: ["yoga"], neverBare: ["asana"] },
  { skillId: "notion", caseSensitive: true, requiresContext: true, contextTerms: ["documentation", "wiki", "confluence"], notWhenFollowedBy: ["of", "that"], notWhenPrecededBy: ["a", "the"], neverBare: ["notion"] },
  { skillId: "confluence", caseSensitive: true, notWhenFollowedBy: ["of"], neverBare: ["confluence"] },
  { skillId: "slack", caseSensitive: true, requiresContext: true, contextTerms: ["jira", "notifications", "webhooks", "channels", "chatops"], notWhenFollowedBy: ["time"], notWhenPrecededBy: ["picked", "cut"], neverBare: ["slack"] },
  { skillId: "zoom", caseSensitive: true, requiresContext: true, contextTerms: ["virtual", "meetings", "webex", "slack"], notWhenFollowedBy: ["in", "out"], notWhenPrecededBy: ["pinch", "to"], neverBare: ["zoom"] },
  { skillId: "microsoft-excel", aliases: [{ text: "Excel", caseSensitive: true, notWhenFollowedBy: ["at", "in"] }], neverBare: ["excel"] },
  { skillId: "microsoft-word", contextTerms: ["excel", "powerpoint", "microsoft office"], notWhenFollowedBy: ["of", "count"], aliases: [{ text: "Word", caseSensitive: true, requiresContext: true }], neverBare: ["word"] },
  { skillId: "salesforce", caseSensitive: true, requiresContext: true, contextTerms: ["crm", "apex", "soql"], aliases: [{ text: "Salesforce CRM" }], neverBare: ["salesforce"] },
  { skillId: "latex", notWhenFollowedBy: ["gloves"] },
  { skillId: "facebook", caseSensitive: true, requiresContext: true, contextTerms: ["social media", "marketing", "ads"], neverBare: ["facebook"] },
  { skillId: "twitter", caseSensitive: true, requiresContext: true, contextTerms: ["social media", "marketing"], neverBare: ["twitter"] },
  { skillId: "instagram", caseSensitive: true, requiresContext: true, contextTerms: ["social media", "marketing", "followers"], neverBare: ["instagram"] },
  { skillId: "telegraf", caseSensitive: true, requiresContext: true, contextTerms: ["influxdb", "grafana", "metrics"], neverBare: ["telegraf"] },
  { skillId: "vite", caseSensitive: true, aliases: [{ text: "Vite.js" }], neverBare: ["vite"] },
  { skillId: "tailwind-css", aliases: [{ text: "Tailwind", caseSensitive: true }], neverBare: ["tailwind"] },
  { skillId: "cilium", caseSensitive: true, neverBare: ["cilium"] },
  { skillId: "ios", caseSensitive: true, neverBare: ["ios"] },
  // Catalog 1.2: what a careful reader does not list as a skill (job titles, concept words in prose, table labels).
  { skillId: "devops", notWhenFollowedBy: ["engineer", "team"] },
  { skillId: "sre", notWhenFollowedBy: ["engineer", "team"], neverBare: ["sres"] },
  { skillId: "database-administration", notWhenFollowedBy: ["engineer"], aliases: [{ text: "DBA", caseSensitive: true, requiresContext: true }], neverBare: ["database administrator", "dba"] },
  { skillId: "leadership", neverBare: ["team lead", "tech lead", "technical lead", "led a team", "led the team", "managed a team"] },
  { skillId: "speech-recognition", aliases: [{ text: "ASR", caseSensitive: true, requiresContext: true, notWhenPrecededBy: ["Cisco"] }] },
  { skillId: "railsadmin", aliases: [{ text: "Rails Admin", caseSensitive: true }] },
  { skillId: "testing", contextTerms: ["suite", "suites", "coverage"], notWhenFollowedBy: ["jest", "pytest", "cypress"], aliases: [{ text: "test", requiresContext: true, notWhenPrecededBy: ["integration"] }, { text: "tests", requiresContext: true, notWhenPrecededBy: ["integration"] }, { text: "QA", notWhenFollowedBy: ["team", "engineer"] }], neverBare: ["tested"] },
  { skillId: "integration-testing", aliases: [{ text: "integration test", stem: true, requiresContext: true }] },
  { skillId: "unit-testing", aliases: [{ text: "unit test", stem: true }] },
  { skillId: "api-development", neverBare: ["api", "apis"] },
  { skillId: "documentation", aliases: [{ text: "runbooks", requiresContext: true }], neverBare: ["runbook", "runbooks"] },
  { skillId: "cost-optimization", neverBare: ["cloud spend", "cloud cost"] },
  { skillId: "incident-management", neverBare: ["on-call", "mttr", "mean time to recovery", "on call", "on call rotation"] },
  { skillId: "disaster-recovery", neverBare: ["rto", "rpo", "recovery time objective", "recovery point objective"] },
  { skillId: "idempotency", neverBare: ["exactly once", "at least once delivery", "deduplication"] },
  { skillId: "pagination", requiresContext: true, neverBare: ["pagination", "paginate"] },
  { skillId: "debugging", neverBare: ["bug fixing", "bug fixes", "troubleshooting", "troubleshoot"] },
  { skillId: "team-collaboration", aliases: [{ text: "collaboration", requiresContext: true, notWhenFollowedBy: ["tools", "jira"] }], neverBare: ["collaborate", "collaborative", "collaboration", "cross team", "cross functional"] },
  { skillId: "stakeholder-management", neverBare: ["stakeholder", "stakeholders", "customer facing", "client facing"] },
  { skillId: "etl", aliases: [{ text: "data pipelines", requiresContext: true }], neverBare: ["data pipeline", "data pipelines"] },
  { skillId: "api-versioning", neverBare: ["zero downtime"] },
  { skillId: "solid", neverBare: ["clean code"] },
  { skillId: "ci-cd", neverBare: ["delivery pipeline", "delivery pipelines"] },
  { skillId: "containerization", aliases: [{ text: "containers", notWhenFollowedBy: ["docker", "kubernetes"] }] },
  { skillId: "infrastructure-as-code", notWhenFollowedBy: ["terraform", "ansible", "pulumi"] },
  { skillId: "observability", notWhenFollowedBy: ["prometheus", "grafana", "datadog"] },
  { skillId: "front-end-development", notWhenFollowedBy: ["react", "angular", "vue"], aliases: [{ text: "front-end", requiresContext: true }], neverBare: ["front end", "frontend", "front ends"] },
  { skillId: "github", notWhenFollowedBy: ["stars", "followers"] },
  { skillId: "caching", contextTerms: ["redis", "memcached", "latency"], aliases: [{ text: "cache", stem: true, requiresContext: true }], neverBare: ["cache"] },
  { skillId: "transactions", requiresContext: true, contextTerms: ["database", "sql", "isolation"], notWhenPrecededBy: ["monthly", "payment"], notWhenFollowedBy: ["daily", "per"], aliases: [{ text: "ACID", requiresContext: false }], neverBare: ["transactions"] },
  { skillId: "shell-scripting", contextTerms: ["bash", "unix", "scripts"], aliases: [{ text: "Shell", caseSensitive: true, requiresContext: true }], neverBare: ["shell"] },
  { skillId: "play-framework", contextTerms: ["scala", "akka", "java"], aliases: [{ text: "Play", caseSensitive: true, requiresContext: true, notWhenFollowedBy: ["store", "a"], notWhenPrecededBy: ["google"] }], neverBare: ["play"] },
  { skillId: "aws-iam", contextTerms: ["aws", "ec2", "s3"], aliases: [{ text: "IAM", caseSensitive: true, requiresContext: true }], neverBare: ["iam"] },
  // Catalog 1.9: English words that are product names only when capitalised (a word-list audit of the catalog).
  { skillId: "redshift", aliases: [{ text: "Redshift", caseSensitive: true }], neverBare: ["redshift"] },
  { skillId: "hibernate", caseSensitive: true, aliases: [{ text: "Hibernate ORM" }], neverBare: ["hibernate"] },
  { skillId: "laravel", aliases: [{ text: "Lumen", caseSensitive: true }, { text: "Eloquent", caseSensitive: true, requiresContext: true }, { text: "Eloquent ORM" }], neverBare: ["lumen", "eloquent"] },
  { skillId: "phpstan", aliases: [{ text: "Psalm", caseSensitive: true, requiresContext: true }], neverBare: ["psalm"] },
  { skillId: "tableau", caseSensitive: true, aliases: [{ text: "Tableau Desktop" }], neverBare: ["tableau"] },
  { skillId: "sass", caseSensitive: true, aliases: [{ text: "SCSS" }, { text: "SASS", caseSensitive: true }], neverBare: ["sass"] },
  { skillId: "redux", caseSensitive: true, aliases: [{ text: "Redux Toolkit" }], neverBare: ["redux"] },
  { skillId: "spring-cloud", aliases: [{ text: "Eureka", caseSensitive: true }], neverBare: ["eureka"] },
  { skillId: "latex", aliases: [{ text: "Overleaf", caseSensitive: true }], neverBare: ["overleaf"] },
  { skillId: "apache-tomcat", aliases: [{ text: "Tomcat", caseSensitive: true }], neverBare: ["tomcat"] },
  { skillId: "aws-kinesis", aliases: [{ text: "Kinesis", caseSensitive: true }], neverBare: ["kinesis"] },
  { skillId: "neo4j", aliases: [{ text: "Cypher", caseSensitive: true }], neverBare: ["cypher"] },
  { skillId: "dc-os", aliases: [{ text: "Mesosphere", caseSensitive: true }], neverBare: ["mesosphere"] },
  { skillId: "jvm", aliases: [{ text: "HotSpot", caseSensitive: true }], neverBare: ["hotspot"] },
  { skillId: "milvus", caseSensitive: true, neverBare: ["milvus"] },
];

const catalog = getBuiltinCatalog();

function skill(id: string): Skill {
  const s = catalog.skillById.get(id);
  if (!s) throw new Error(`no skill ${id}`);
  return s;
}

function objectAlias(s: Skill, text: string) {
  return s.aliases.find((a) => typeof a === "object" && a.text === text);
}

describe("ambiguity rules are encoded in the data", () => {
  it.each(RULES.map((r) => [r.skillId, r] as const))("%s", (_id, rule) => {
    const s = skill(rule.skillId);
    if (rule.caseSensitive !== undefined) expect(s.caseSensitive === true).toBe(rule.caseSensitive);
    if (rule.requiresContext !== undefined) expect(s.requiresContext === true).toBe(rule.requiresContext);
    for (const t of rule.contextTerms ?? []) expect(s.contextTerms ?? []).toContain(t);
    for (const t of rule.notWhenFollowedBy ?? []) expect(s.notWhenFollowedBy ?? []).toContain(t);
    for (const t of rule.notWhenPrecededBy ?? []) expect(s.notWhenPrecededBy ?? []).toContain(t);
    for (const want of rule.aliases ?? []) {
      const a = objectAlias(s, want.text);
      expect(a, `${s.id} alias ${want.text}`).toBeDefined();
      if (typeof a !== "object") continue;
      if (want.caseSensitive !== undefined) expect(a.caseSensitive === true).toBe(want.caseSensitive);
      if (want.requiresContext !== undefined) expect(a.requiresContext === true).toBe(want.requiresContext);
      if (want.stem !== undefined) expect(a.stem === true).toBe(want.stem);
      for (const t of want.notWhenFollowedBy ?? []) expect(a.notWhenFollowedBy ?? []).toContain(t);
      for (const t of want.notWhenPrecededBy ?? []) expect(a.notWhenPrecededBy ?? []).toContain(t);
      // an object alias without requiresContext fires on its own: only for unambiguous spellings
      if (!a.requiresContext && !a.caseSensitive && want.requiresContext === undefined) expect(aliasKey(a.text)).not.toBe(aliasKey(s.name));
    }
    // ambiguous words never appear as a bare, case-insensitive, context-free form
    for (const word of rule.neverBare ?? []) {
      const bare = aliasForms(s).filter((f) => aliasKey(f.text) === word && !f.caseSensitive && !f.requiresContext);
      expect(bare, `${s.id}: "${word}"`).toEqual([]);
    }
  });

  it("no skill in the whole catalog has a bare form for an ambiguous word", () => {
    const words = ["rest", "go", "express", "spring", "swift", "rust", "ruby", "r", "c", "elastic", "oracle", "make", "chef", "puppet", "ant", "gin", "hive", "spark", "storm", "pulsar", "consul", "vault", "lambda", "node", "rails", "apache", "kong", "helm", "jenkins", "postman", "pact", "mocha", "cassandra", "index", "contain", "author", "assembly", "atlantis", "backbone", "kuma", "rancher", "windows", "leaflet", "pug", "jade", "require", "stylus", "asana", "notion", "slack", "zoom", "excel", "word", "salesforce", "facebook", "twitter", "instagram", "telegraf", "ai", "ml", "forecasting", "tailwind", "vite", "visualization", "cilium", "ios",
      // catalog 1.6: front-end, mobile, QA, tools, design, CMS and web-ecosystem names that are ordinary words or names
      "less", "ember", "gatsby", "remix", "astro", "meteor", "polymer", "lit", "electron", "bootstrap", "handlebars", "mustache", "liquid", "razor", "blade", "velocity", "rollup", "parcel", "gulp", "grunt", "storybook", "chromatic", "husky", "poetry", "homebrew", "bundler",
      "protractor", "espresso", "detox", "cucumber", "behave", "karate", "locust", "artillery", "chai", "jasmine", "karma", "enzyme", "spock", "allure", "insomnia", "testify", "percy",
      "expo", "flutter", "dart", "ionic", "cordova", "combine", "realm", "retrofit", "dagger", "hilt", "glide", "carthage",
      "eclipse", "rider", "atom", "cursor", "rally", "linear", "basecamp", "miro", "outlook", "amplitude", "fiddler", "markdown", "sphinx", "mermaid",
      "sketch", "illustrator", "flash", "flex", "framer", "blender", "maya",
      "sanity", "stripe", "paypal", "braintree", "plaid", "passport", "devise", "pundit", "timber", "gutenberg", "pusher", "wagtail", "cms",
      "polly", "jackson", "jersey", "swing", "camel", "lombok", "guava", "jetty", "pyramid", "tornado", "bottle", "falcon", "graphene", "axios", "winston", "cobra", "rocket", "diesel", "puma", "capistrano",
      "waterfall", "monolith", "routing", "scheme", "racket", "pascal", "delphi", "elm", "crud", "mean", "lamp"];
    const hits: string[] = [];
    for (const s of catalog.skills) {
      for (const f of aliasForms(s)) {
        if (words.includes(aliasKey(f.text)) && !f.caseSensitive && !f.requiresContext) hits.push(`${s.id}: ${f.text}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it("no skill has a job title or a group of people as a context-free form (catalog 1.2)", () => {
    const titles = ["devops engineer", "site reliability engineer", "database administrator", "team lead", "tech lead", "technical lead", "mobile developer", "mobile app developer", "sres"];
    const hits: string[] = [];
    for (const s of catalog.skills) {
      for (const f of aliasForms(s)) if (titles.includes(aliasKey(f.text)) && !f.requiresContext) hits.push(`${s.id}: ${f.text}`);
    }
    expect(hits).toEqual([]);
  });

  it("no fullName that nobody writes in a resume or posting, so the acronym hint does not ask for it (catalog 1.2)", () => {
    const noFull = ["rest", "sdk", "cqrs", "aws-eks", "aws-rds", "etl", "jpa", "jvm", "orm", "sql", "amqp", "jwt", "tls"];
    for (const id of noFull) expect(skill(id).fullName, id).toBeUndefined();
    for (const id of ["aws", "gcp", "gke", "cdn", "ci-cd", "infrastructure-as-code", "sre", "rbac", "tdd", "bdd"]) expect(skill(id).fullName, id).toBeDefined();
  });

  it("stemmed aliases never stem to a common English word (container → contain, authorization → author)", () => {
    const stemmed = catalog.skills.flatMap((s) => s.aliases.filter((a) => typeof a === "object" && a.stem).map((a) => (typeof a === "object" ? a.text.toLowerCase() : "")));
    for (const bad of ["container", "authorization", "authorize", "document", "documents"]) expect(stemmed).not.toContain(bad);
  });
});

describe("catalog areas: every ambiguity rule has sentences (catalog 1.6)", () => {
  // An area's cases live in ambiguity-cases/<area>.json beside keywords/skills/<area>.json.
  const casesDir = join(import.meta.dirname, "ambiguity-cases");
  const areas = readdirSync(casesDir).filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5)).sort();
  const hasRule = (s: Skill): boolean =>
    s.caseSensitive === true || s.requiresContext === true || (s.notWhenFollowedBy?.length ?? 0) > 0 || (s.notWhenPrecededBy?.length ?? 0) > 0 ||
    s.aliases.some((a) => typeof a === "object" && (a.caseSensitive === true || a.requiresContext === true || (a.notWhenFollowedBy?.length ?? 0) > 0 || (a.notWhenPrecededBy?.length ?? 0) > 0));

  it("has area files, each beside a skill file of the same name", () => {
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas) expect(builtinFiles.skills.some((f) => f.file === `skills/${area}.json`), area).toBe(true);
  });

  it.each(areas)("%s: a positive and a negative sentence for every skill with a rule", (area) => {
    const file = builtinFiles.skills.find((f) => f.file === `skills/${area}.json`);
    // Sentences may sit in any area's file (a skill two areas wanted is kept in one file, its sentences stay where they were written).
    const areaCases: AmbiguityCase[] = cases;
    const missing: string[] = [];
    for (const raw of file?.data.skills ?? []) {
      const s = skill(raw.id);
      if (!hasRule(s)) continue;
      if (!areaCases.some((c) => c.skillId === s.id && c.expected)) missing.push(`${s.id} positive`);
      if (!areaCases.some((c) => c.skillId === s.id && !c.expected)) missing.push(`${s.id} negative`);
    }
    expect(missing).toEqual([]);
  });
});

describe("ambiguity-cases.json", () => {
  const table = cases as AmbiguityCase[];
  const sections = new Set(["header", "summary", "experience", "education", "skills", "projects", "certifications", "awards", "publications", "volunteer", "languages", "interests", "contact", "other"]);

  it("names only catalog skills and real section kinds", () => {
    for (const c of table) {
      expect(catalog.skillById.has(c.skillId), c.skillId).toBe(true);
      expect(sections.has(c.section), c.section).toBe(true);
      expect(typeof c.expected).toBe("boolean");
    }
  });

  it("has a positive and a negative sentence for every ambiguity rule with a trap", () => {
    const ids = RULES.map((r) => r.skillId).filter((id) => !["javascript", "elasticsearch", "java", "indexing"].includes(id));
    for (const id of ids) {
      expect(table.some((c) => c.skillId === id && c.expected), `${id} positive`).toBe(true);
      expect(table.some((c) => c.skillId === id && !c.expected), `${id} negative`).toBe(true);
    }
  });
});
