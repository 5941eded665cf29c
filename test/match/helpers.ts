import type { Catalog } from "../../src/keywords/catalog.js";
import { SkillSchema, type AvoidPhrase, type Skill } from "../../src/keywords/schema.js";
import type { ExperienceEntry, SectionKind, SegmentedLine, SegmentedResume } from "../../src/types.js";

/** Build a Catalog from loose skill objects (validated with the real schema). */
export function makeCatalog(skills: unknown[], avoid: AvoidPhrase[] = []): Catalog {
  const parsed: Skill[] = skills.map((s) => SkillSchema.parse(s)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    version: "0.0.0-test",
    skills: parsed,
    skillById: new Map(parsed.map((s) => [s.id, s])),
    roles: [],
    roleById: new Map(),
    avoid,
    avoidById: new Map(avoid.map((a) => [a.id, a])),
  };
}

/** The small catalog used by the match tests. */
export const testSkills = [
  { id: "go", name: "Go", category: "language", caseSensitive: true, requiresContext: true, contextTerms: ["goroutine", "golang", "gin"], aliases: [{ text: "Golang", requiresContext: false, caseSensitive: false }] },
  { id: "java", name: "Java", category: "language" },
  { id: "javascript", name: "JavaScript", category: "language", aliases: ["JS"] },
  { id: "c", name: "C", category: "language", caseSensitive: true, requiresContext: true },
  { id: "cpp", name: "C++", category: "language" },
  { id: "csharp", name: "C#", category: "language" },
  { id: "dotnet", name: ".NET", category: "framework", aliases: ["dotnet", ".NET Core"] },
  { id: "aspnet", name: "ASP.NET", category: "framework" },
  { id: "nodejs", name: "Node.js", category: "runtime", aliases: ["NodeJS", "Node"] },
  { id: "vue", name: "Vue.js", category: "framework", aliases: ["Vue"] },
  { id: "express", name: "Express", category: "framework", caseSensitive: true, aliases: ["Express.js"] },
  { id: "ci-cd", name: "CI/CD", category: "devops", aliases: ["continuous integration"] },
  { id: "tcp-ip", name: "TCP/IP", category: "cs-fundamentals" },
  { id: "ui-ux", name: "UI/UX", category: "practice" },
  { id: "kafka", name: "Apache Kafka", category: "messaging", aliases: ["Kafka"] },
  { id: "spring", name: "Spring", category: "framework", caseSensitive: true, requiresContext: true, contextTerms: ["java", "beans"], notWhenFollowedBy: ["semester", "break"] },
  { id: "spring-boot", name: "Spring Boot", category: "framework", implies: ["spring", "java"] },
  { id: "sql", name: "SQL", category: "database" },
  { id: "mysql", name: "MySQL", category: "database", implies: ["sql"] },
  { id: "postgresql", name: "PostgreSQL", category: "database", aliases: ["Postgres"], implies: ["sql"] },
  { id: "oracle-database", name: "Oracle Database", category: "database", aliases: [{ text: "Oracle", caseSensitive: true }], notWhenFollowedBy: ["Corporation"] },
  { id: "event-driven", name: "Event-Driven Architecture", category: "architecture", aliases: ["event driven", "event-driven systems"] },
  { id: "mentoring", name: "Mentoring", category: "soft-skill", aliases: [{ text: "mentoring", stem: true }] },
  { id: "rest", name: "REST", category: "api", caseSensitive: true, aliases: ["RESTful", { text: "rest api", caseSensitive: false }], notWhenPrecededBy: ["the"] },
  { id: "redis", name: "Redis", category: "database" },
  { id: "docker", name: "Docker", category: "devops" },
  { id: "kubernetes", name: "Kubernetes", category: "devops", aliases: ["k8s"] },
  { id: "scikit-learn", name: "scikit-learn", category: "library", aliases: ["sklearn"] },
  { id: "oauth", name: "OAuth 2.0", category: "security", aliases: ["OAuth2", "OAuth"] },
  { id: "http2", name: "HTTP/2", category: "api" },
  { id: "grpc", name: "gRPC", category: "api" },
  { id: "aws-s3", name: "Amazon S3", category: "cloud", aliases: [{ text: "S3", caseSensitive: true }] },
  { id: "aws-ec2", name: "Amazon EC2", category: "cloud", aliases: ["EC2"] },
  { id: "python", name: "Python", category: "language" },
  { id: "php", name: "PHP", category: "language" },
  { id: "machine-learning", name: "Machine Learning", category: "data", aliases: ["ML"] },
  { id: "rust", name: "Rust", category: "language", caseSensitive: true },
  { id: "linux", name: "Linux", category: "os" },
];

/** The shared test catalog. */
export const testCatalog = makeCatalog(testSkills);

/** A line spec for {@link makeResume}. */
export interface LineSpec {
  text: string;
  section: SectionKind;
  /** Bullet number: consecutive lines with the same number form one bullet. */
  bullet?: number;
  entryIndex?: number;
  entryHeader?: boolean;
  heading?: boolean;
}

/** Build a SegmentedResume from line specs (sections from runs of equal kinds). */
export function makeResume(specs: LineSpec[], entries: ExperienceEntry[] = [], organizations: string[] = []): SegmentedResume {
  const sections: SegmentedResume["sections"] = [];
  const lines: SegmentedLine[] = [];
  const bullets: SegmentedResume["bullets"] = [];
  const bulletIdx = new Map<number, number>();
  specs.forEach((s, i) => {
    const lineNo = i + 1;
    const last = sections[sections.length - 1];
    if (!last || last.kind !== s.section) {
      sections.push({ kind: s.section, heading: s.heading ? s.text : "", startLine: lineNo, endLine: lineNo, standardHeading: true });
    } else last.endLine = lineNo;
    let bulletIndex: number | undefined;
    if (s.bullet !== undefined) {
      const existing = bulletIdx.get(s.bullet);
      if (existing === undefined) {
        bulletIndex = bullets.length;
        bulletIdx.set(s.bullet, bulletIndex);
        bullets.push({ text: s.text.replace(/^•\s*/, ""), line: lineNo, endLine: lineNo, section: s.section, ...(s.entryIndex !== undefined ? { entryIndex: s.entryIndex } : {}) });
      } else {
        bulletIndex = existing;
        bullets[existing].endLine = lineNo;
        bullets[existing].text += " " + s.text;
      }
    }
    lines.push({
      line: lineNo,
      text: s.text,
      page: 1,
      section: s.section,
      sectionIndex: sections.length - 1,
      isHeading: s.heading ?? false,
      ...(bulletIndex !== undefined ? { bulletIndex } : {}),
      ...(s.entryIndex !== undefined ? { entryIndex: s.entryIndex } : {}),
      ...(s.entryHeader ? { isEntryHeader: true } : {}),
    });
  });
  return {
    lines,
    sections,
    bullets,
    contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null },
    experience: { years: 0, entries },
    organizations,
  };
}

/** A one-bullet experience resume. */
export function bulletResume(...texts: string[]): SegmentedResume {
  return makeResume(texts.map((text, i) => ({ text: "• " + text, section: "experience" as const, bullet: i })));
}
