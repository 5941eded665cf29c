/**
 * Word tables of the metric scanner: units, currencies, magnitudes, count
 * nouns, month names and the technology names whose numbers are versions.
 * All keys are lower-case.
 */
import type { MetricKind } from "./types.js";

/** A unit word and the kind of metric it makes. */
export interface UnitInfo {
  kind: MetricKind;
  /** Normalized unit. */
  unit: string;
}

function table(kind: MetricKind, unit: string, words: string[]): [string, UnitInfo][] {
  return words.map((w) => [w, { kind, unit }]);
}

/** Unit words written after a number ("120 ms", "2 TB", "5,000 RPS"). */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ...table("percent", "%", ["percent", "pct", "percentage", "pp"]),
  ...table("duration", "ms", ["ms", "msec", "msecs", "millisecond", "milliseconds"]),
  ...table("duration", "µs", ["µs", "μs", "microsecond", "microseconds"]),
  ...table("duration", "ns", ["ns", "nanosecond", "nanoseconds"]),
  ...table("duration", "s", ["s", "sec", "secs", "second", "seconds"]),
  ...table("duration", "min", ["min", "mins", "minute", "minutes"]),
  ...table("duration", "h", ["h", "hr", "hrs", "hour", "hours"]),
  ...table("duration", "d", ["day", "days"]),
  ...table("duration", "wk", ["wk", "wks", "week", "weeks"]),
  ...table("duration", "mo", ["month", "months"]),
  ...table("size", "B", ["byte", "bytes"]),
  ...table("size", "KB", ["kb", "kib", "kilobytes"]),
  ...table("size", "MB", ["mb", "mib", "megabytes"]),
  ...table("size", "GB", ["gb", "gib", "gigabytes"]),
  ...table("size", "TB", ["tb", "tib", "terabytes", "terabyte"]),
  ...table("size", "PB", ["pb", "pib", "petabytes", "petabyte"]),
  ...table("size", "EB", ["eb", "exabytes"]),
  ...table("rate", "Gbps", ["gbps", "mbps", "kbps", "tbps"]),
  ...table("rate", "rps", ["rps", "qps", "tps", "iops", "rpm", "rpd", "req/s", "ops"]),
  ...table("multiplier", "x", ["x", "×", "fold"]),
]);

/** Year units: a tenure ("5 years") is not an achievement metric on its own. */
export const YEAR_UNITS: ReadonlySet<string> = new Set(["year", "years", "yr", "yrs"]);

/** Time words after "per", "a", "/" that make a rate ("3M messages a day"). */
export const RATE_PERIODS: ReadonlySet<string> = new Set([
  "s", "sec", "second", "min", "minute", "h", "hr", "hour", "day", "d", "week", "wk", "month", "mo",
  "year", "yr", "annum", "quarter", "sprint", "release", "night",
]);

/** Adverbs after a quantity that make it a rate ("3 deploys daily"). */
export const RATE_ADVERBS: ReadonlySet<string> = new Set([
  "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
]);

/** Currency symbols written before an amount. */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(["$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "฿"]);

/** ISO currency codes written before or after an amount. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  "usd", "eur", "gbp", "cad", "aud", "chf", "jpy", "inr", "cny", "sek", "nok", "dkk", "pln", "brl", "sgd", "nzd", "zar", "mxn", "hkd", "us$", "dollars", "euros", "pounds",
]);

/** Magnitude words and suffixes ("3 million", "10k", "$1.2M", "$2bn"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3], ["thousand", 1e3], ["m", 1e6], ["mm", 1e6], ["mn", 1e6], ["million", 1e6], ["millions", 1e6],
  ["b", 1e9], ["bn", 1e9], ["billion", 1e9], ["billions", 1e9], ["t", 1e12], ["trillion", 1e12],
]);

/** Ordinal suffixes ("2nd"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** Words that make an ordinal a rank ("1st place", "ranked 2nd"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(["place", "prize", "position", "rank", "ranked", "placed", "finished", "out"]);

/** Comparatives after "N times" that make it a multiplier ("3 times faster"). */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  "faster", "slower", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "quicker", "cheaper", "better", "bigger", "greater",
]);

/** Words that state a multiplier on their own. */
export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set([
  "doubled", "doubling", "tripled", "tripling", "quadrupled", "quadrupling", "halved", "halving",
  "twofold", "threefold", "fourfold", "fivefold", "tenfold", "hundredfold",
]);

/** Month names and abbreviations: a number next to one is a date. */
export const MONTHS: ReadonlySet<string> = new Set([
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
  "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
]);

/** Spelled numbers that count things ("two engineers"); "one" is left out ("one of the"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
  ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60],
  ["seventy", 70], ["eighty", 80], ["ninety", 90], ["hundred", 100], ["dozen", 12], ["zero", 0],
]);

/**
 * Engagements, events and artefacts whose length a duration in front of them
 * gives ("6 month contract", "3-month internship", "17 minute presentation"):
 * the length of a thing, not a result, so not a metric.
 */
export const ENGAGEMENT_NOUNS: ReadonlySet<string> = new Set([
  "contract", "contracts", "internship", "internships", "program", "programs", "programme", "programmes", "course",
  "courses", "bootcamp", "bootcamps", "workshop", "workshops", "hackathon", "hackathons", "presentation", "presentations",
  "talk", "talks", "placement", "placements", "position", "role", "assignment", "assignments", "engagement",
  "engagements", "stint", "period", "fellowship", "apprenticeship", "training", "trainings", "session", "sessions",
  "video", "videos", "tutorial", "tutorials", "webinar", "webinars", "class", "classes", "lecture", "lectures",
  "seminar", "seminars", "trip", "rotation", "rotations", "residency", "secondment", "leave", "break", "sabbatical",
  "project", "projects", "competition", "challenge", "camp", "curriculum", "degree", "exchange", "tenure", "job",
  "gig", "trial", "probation", "term", "semester", "journey", "study", "experience",
]);

/**
 * Count nouns, singular or irregular, that make "N <noun>" a count even when
 * the noun does not end in "s" ("1 user", "8 people", "zero downtime").
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  "people", "staff", "personnel", "user", "customer", "client", "engineer", "developer", "person", "member",
  "server", "node", "service", "microservice", "region", "country", "team", "site", "store", "instance",
  "cluster", "database", "endpoint", "api", "repo", "repository", "downtime", "data", "traffic", "hire",
  "report", "headcount", "children", "men", "women", "staff", "incident", "outage", "defect", "bug", "release", "deploy", "deployment",
]);

/** Singular nouns allowed after a hyphen ("5-person team", "40-node cluster", "10-fold"). */
export const HYPHEN_COUNT_NOUNS: ReadonlySet<string> = new Set([
  "person", "people", "member", "engineer", "developer", "node", "server", "service", "microservice", "user",
  "customer", "country", "region", "datacenter", "site", "store", "million", "billion", "thousand", "figure",
  "hour", "minute", "second", "day", "week", "month", "fold", "terabyte", "petabyte", "gigabyte", "instance", "cluster",
]);

/** Words that stop the look-ahead from a number to its noun. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "to", "and", "or", "of", "in", "on", "at", "by", "for", "with", "from", "into", "per", "the", "a", "an", "is",
  "was", "were", "are", "be", "been", "as", "than", "that", "which", "who", "while", "via", "using", "across",
  "over", "under", "after", "before", "since", "until", "through", "within", "without", "so", "but", "if", "it",
  "its", "this", "these", "those", "has", "had", "have", "not", "no", "plus", "thus", "also", "then",
]);

/** Lower-case words ending in "s" that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  "is", "was", "has", "does", "goes", "its", "this", "thus", "plus", "us", "yes", "always", "various", "across",
  "towards", "besides", "whereas", "less", "unless", "as", "perhaps", "its", "ours", "yours", "hers", "sometimes",
  "afterwards", "onwards", "upwards", "downwards", "nevertheless", "kubernetes", "aws", "gcs", "dns", "os", "ios",
  "macos", "express", "postgres", "process", "access", "success", "business", "progress", "address", "series",
  "analysis", "basis", "status", "bonus", "campus", "census", "corpus", "focus", "virus", "thesis", "redis", "js",
  "nodejs", "vuejs", "nextjs", "nuxtjs", "reactjs", "emberjs", "angularjs", "ms", "cs", "ps", "sas", "paas", "saas", "iaas", "faas",
  "grows", "runs", "uses", "makes", "takes", "needs", "helps", "means", "includes", "covers", "supports", "serves",
]);

/**
 * Lower-case names that carry versions ("Java 17", "node 18", "Spring Boot 3",
 * "OAuth 2.0", "ISO 27001", "CS 101"), checked even at the start of a sentence.
 */
export const VERSION_NAMES: ReadonlySet<string> = new Set([
  "java", "jdk", "jre", "se", "ee", "python", "py", "php", "perl", "ruby", "rails", "go", "golang", "rust", "kotlin",
  "scala", "swift", "c", "cpp", "net", "dotnet", "js", "node", "nodejs", "ecmascript", "es", "typescript", "ts", "angular",
  "angularjs", "react", "vue", "svelte", "ember", "next", "nuxt", "spring", "boot", "django", "flask", "laravel", "symfony",
  "hibernate", "tomcat", "jboss", "wildfly", "junit", "testng", "gradle", "maven", "webpack", "babel", "bootstrap",
  "jquery", "postgres", "postgresql", "mysql", "mariadb", "oracle", "sql", "server", "mongodb", "redis", "elasticsearch",
  "kafka", "hadoop", "spark", "hive", "cassandra", "kubernetes", "docker", "helm", "terraform", "ansible", "jenkins",
  "windows", "ubuntu", "debian", "centos", "rhel", "fedora", "macos", "ios", "android", "linux", "kernel", "oauth",
  "openapi", "swagger", "http", "https", "tls", "ssl", "ssh", "smb", "snmp", "web", "html", "css", "iso", "iec", "nist",
  "pci", "dss", "soc", "hipaa", "gdpr", "owasp", "level", "tier", "phase", "gen", "generation", "version", "ver", "v",
  "release", "series", "grade", "step", "stage", "sprint", "module", "unit", "chapter", "section", "part", "room", "office",
  "fortune", "cs", "cse", "cis", "math", "ece", "ee", "ieee", "rfc", "jsr", "pep", "covid", "ipv", "wcag", "ecma", "utf",
  "ucs", "base", "sha", "md", "aes", "rsa", "des", "des3", "x", "log", "win", "vs", "visual", "studio", "excel", "sap", "r", "matlab",
  "unity", "unreal", "engine", "ps", "xbox", "nintendo", "pixel", "galaxy", "iphone", "ipad", "watch", "blackberry", "note",
]);
