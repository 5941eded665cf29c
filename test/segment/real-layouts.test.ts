/**
 * Mechanisms for layouts of real resumes (issue 13): combined and counted
 * headings, small caps, typos, references, unheaded summaries, column
 * zones, page furniture, placeholder and open dates, and role headers.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import { classifyHeading, collapseSmallCaps, withinOneEdit } from "../../src/segment/headings.js";
import { findDateRanges } from "../../src/segment/dates.js";
import { roleFromHeaderLines, splitHeaderSegments } from "../../src/segment/organizations.js";
import { findUnheadedSummary } from "../../src/segment/summary.js";
import { docFromLines } from "./helpers.js";

const NOW = new Date("2026-01-15T00:00:00Z");
const role = (...lines: string[]) => roleFromHeaderLines(lines.map(splitHeaderSegments));

describe("headings of real resumes", () => {
  it("a combined heading names each of its kinds", () => {
    expect(classifyHeading("Skills and Awards")).toMatchObject({ kind: "skills", alsoKinds: ["awards"] });
    expect(classifyHeading("Certifications, Awards & Extra-curricular")).toMatchObject({ kind: "certifications", alsoKinds: ["awards", "volunteer"] });
    expect(classifyHeading("Education and Certifications")).toMatchObject({ kind: "education", alsoKinds: ["certifications"] });
    expect(classifyHeading("Honors and Awards")?.alsoKinds).toBeUndefined();
  });
  it("letter spacing broken at uneven places still names the heading ('S K I LLS', 'E D U C AT I O N', 'TECHNICAL S KIL LS')", () => {
    expect(classifyHeading("S K I LLS")?.kind).toBe("skills");
    expect(classifyHeading("E D U C AT I O N")?.kind).toBe("education");
    expect(classifyHeading("TECHNICAL S KIL LS")?.kind).toBe("skills");
    expect(classifyHeading("PROFI LE")?.kind).toBe("summary");
    expect(classifyHeading("A B C")).toBeNull();
    const r = segment(docFromLines(["Jane Doe", "E X P E R I E N C E", "Engineer · Acme   2020 – 2023", "Built the 40-node cluster", "E D U C AT I O N", "B.Sc. Computer Science · State University   2016 – 2020"]), { now: NOW });
    expect(r.sections.map((sec) => sec.kind)).toEqual(["header", "experience", "education"]);
  });
  it("a combined heading whose parts are headings names them even when the whole phrase is none; talks are publications", () => {
    expect(classifyHeading("O PEN SOURCE & HACKATHONS")).toMatchObject({ kind: "projects" });
    expect(classifyHeading("T ALKS")?.kind).toBe("publications");
    expect(classifyHeading("Talks and Publications")?.kind).toBe("publications");
    expect(classifyHeading("Bread & Butter")).toBeNull();
  });
  it("a count after the heading, small caps split off their initial, and one typo in a long word", () => {
    expect(classifyHeading("WORK EXPERIENCE (2)")?.kind).toBe("experience");
    expect(collapseSmallCaps("T ECHNICAL S KILLS")).toBe("TECHNICAL SKILLS");
    expect(collapseSmallCaps("Skills Summary")).toBe("Skills Summary");
    expect(collapseSmallCaps("A B testing")).toBe("A B testing");
    expect(classifyHeading("E DUCATION")?.kind).toBe("education");
    expect(classifyHeading("Achivements")?.kind).toBe("awards");
    expect(withinOneEdit("experiance", "experience")).toBe(true);
    expect(withinOneEdit("expertise", "experience")).toBe(false);
  });
  it("references, activities and on-campus involvement", () => {
    expect(classifyHeading("Referees")?.kind).toBe("references");
    expect(classifyHeading("References")?.kind).toBe("references");
    expect(classifyHeading("Extracurricular Activities")?.kind).toBe("volunteer");
    expect(classifyHeading("ON CAMPUS INVOLVEMENT")?.kind).toBe("experience");
    expect(classifyHeading("Technical Knowledge")?.kind).toBe("skills");
  });
  it("section kinds in a segmented resume carry the combined heading's other kinds", () => {
    const r = segment(docFromLines(["Jane Doe", { text: "Experience", bold: true }, "Engineer, Acme — 2019 – 2021", { text: "Skills and Awards", bold: true }, "Go, Rust; 1st place at a hackathon"]), { now: NOW });
    expect(r.sections.find((s) => s.kind === "skills")?.alsoKinds).toEqual(["awards"]);
  });
});

describe("sidebar headings set smaller than the main headings", () => {
  // A friggeri-cv-like page: aside (column 0) with 14 pt bold headings, main column (1) with 17 pt bold ones, body 10 pt.
  const aside = (text: string, heading = false) => ({ text, column: 0, x: 60, fontSize: heading ? 14.3 : 10, bold: heading });
  const main = (text: string, heading = false) => ({ text, column: 1, x: 170, fontSize: heading ? 17.2 : 10, bold: heading });
  const page = (asideHeadings: string[][]) => docFromLines([
    { text: "janedoe", fontSize: 40, x: 200 },
    // A body entry written "^text" is set in the heading style (a heading's wrapped second line).
    ...asideHeadings.flatMap(([h, ...body]) => [aside(h as string, true), ...body.map((b) => (b.startsWith("^") ? aside(b.slice(1), true) : aside(b)))]),
    main("education", true),
    main("2011–2014 B.Sc. in Computer Science   The University of Aalborg"),
    main("work experience", true),
    main("2014–2015 Student developer   Falck Healthcare A/S"),
    main("Development of a booking system with Ruby on Rails"),
  ], "pdf");
  it("weak vocabulary headings sharing a larger marked style in a side column are headings; a wrapped heading line joins them", () => {
    const r = segment(page([
      ["about", "Jane Doe", "February 7th, 1991", "mobile 71 20 29 91", "jane@example.com"],
      ["language", "danish/english"],
      ["programming", "^and markup", "JavaScript, Java,", "Ruby on Rails"],
    ]), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ["header", ""], ["contact", "about"], ["languages", "language"], ["skills", "programming and markup"],
      ["education", "education"], ["experience", "work experience"],
    ]);
    expect(r.lines.find((l) => l.text === "and markup")?.isHeading).toBe(true);
    expect(r.contact.email).toBe("jane@example.com");
    expect(r.contact.phone).not.toBeNull();
  });
  it("a single weak word in a side column is no heading by itself", () => {
    const r = segment(page([["language", "danish/english"]]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).not.toContain("languages");
  });
  it("an About section written as sentences stays a summary", () => {
    const r = segment(page([
      ["about", "I build booking systems and care about their users.", "jane@example.com"],
      ["language", "danish/english"],
    ]), { now: NOW });
    expect(r.sections.find((s) => s.heading === "about")?.kind).toBe("summary");
  });
});

describe("a Languages heading over programming languages", () => {
  // Name, heading (bold), content lines.
  const kinds = ([name, heading, ...body]: string[]) =>
    segment(docFromLines([name as string, { text: heading as string, bold: true, fontSize: 14 }, ...body]), { now: NOW }).sections.map((s) => s.kind);
  it("is a skills section when it names no spoken language or proficiency", () => {
    expect(kinds(["Jane Doe", "Languages", "Python   Javascript", "Node.js   C++"])).toEqual(["header", "skills"]);
  });
  it("stays a languages section when it names one, or when the heading says spoken", () => {
    expect(kinds(["Jane Doe", "Languages", "English (native), Hindi (fluent)"])).toEqual(["header", "languages"]);
    expect(kinds(["Jane Doe", "Languages", "danish/english/arabic"])).toEqual(["header", "languages"]);
    expect(kinds(["Jane Doe", "Spoken Languages", "Klingon"])).toEqual(["header", "languages"]);
  });
});

describe("unheaded summary", () => {
  const lines = (specs: string[]) => docFromLines(specs).lines;
  it("a profile paragraph under the name becomes a summary section", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "jane@example.com | 555-010-0199",
      "Backend engineer with seven years of building payment systems that stay up under load,",
      "and a habit of measuring before changing anything in production.",
      "Experience",
      "Engineer, Acme — 2019 – 2021",
    ]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["header", "summary", "experience"]);
    expect(r.lines.filter((l) => l.section === "summary").map((l) => l.line)).toEqual([3, 4]);
    expect(r.contact.email).toBe("jane@example.com");
  });
  it("a one-line tagline and contact lines are no summary", () => {
    const l = lines(["Jane Doe", "Backend Engineer · Distributed Systems", "jane@example.com", "Experience"]);
    expect(findUnheadedSummary(l, [0, 1, 2])).toEqual([]);
  });
  it("a paragraph set beside the name and continued after a column break is one summary", () => {
    const l = docFromLines([
      { text: "Software professional with 2+ years of experience in", x: 505, fontSize: 15 },
      { text: "Vinay Example", x: 45, fontSize: 40 },
      { text: "software design, issue analysis and troubleshooting", x: 505, fontSize: 15 },
      { text: "Skills", x: 45, fontSize: 19, column: 0 },
      { text: "structures, design patterns and object-oriented", x: 505, fontSize: 15, column: 1 },
      { text: "debugging.", x: 505, fontSize: 15, column: 1 },
    ], "pdf").lines;
    expect(findUnheadedSummary(l, [0, 1, 2, 4, 5])).toEqual([0, 2, 4, 5]);
  });
});

describe("lists whose glyphs are not in the text layer", () => {
  it("indented lines that start upper case are the items; the description and stack lines at the left edge are not", () => {
    const r = segment(docFromLines([
      "WORK EXPERIENCE (2)",
      { text: "MeetPoint   May 2024 - Jun 2025", x: 40 },
      { text: "Web application to simplify meetup organizing for many users. Github link", x: 40 },
      { text: "Architected a clean monolithic system from the ground up;", x: 50 },
      { text: "Implemented core functionality and team coding", x: 50 },
      { text: "standards;", x: 50 },
      { text: "Set up database schemas and JWT-based authorization.", x: 50 },
      { text: "Backend: ASP.NET, PostgreSQL, Redis.", x: 40 },
    ], "pdf"), { now: NOW });
    expect(r.bullets.map((b) => b.text)).toEqual([
      "Architected a clean monolithic system from the ground up;",
      "Implemented core functionality and team coding standards;",
      "Set up database schemas and JWT-based authorization.",
    ]);
  });
  it("one glyph-less description line per entry is no bullet when no entry lists more", () => {
    const r = segment(docFromLines([
      "Experience",
      { text: "2018-2020 Senior Developer   kitconcept GmbH", x: 212 },
      { text: "Analysis and development of web portals. (Python / Plone)", x: 272 },
      { text: "2015-2018 Team leader   Simples Consultoria", x: 212 },
      { text: "Analysis and development of web portals. (Python / Zope)", x: 272 },
    ], "pdf"), { now: NOW });
    expect(r.bullets).toEqual([]);
    expect(r.experience.entries.map((e) => e.organization)).toEqual(["kitconcept GmbH", "Simples Consultoria"]);
  });
  it("an icon before a date is the entry's date line, not a bullet", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Senior Software Engineer (Bank & BNPL - Platform Engineer, SRE)", "Klarna, Stockholm, Sweden", "• Apr 2021 – Present", "• Designed the CI platform in Go."]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Senior Software Engineer (Bank & BNPL - Platform Engineer, SRE)", organization: "Klarna", start: "2021-04" });
    expect(r.bullets.map((b) => b.text)).toEqual(["Designed the CI platform in Go."]);
  });
});

describe("page furniture", () => {
  it("running footers and page numbers are neither entries nor bullets", () => {
    const r = segment(docFromLines([
      "Experience",
      "Acme Corp   Seoul, S.Korea",
      "Site Reliability Engineer   Feb. 2021 - Mar. 2021",
      { text: "June 3, 2026   Jane Smith · Résumé   1", page: 1 },
      { text: "Kasa   Seoul, S.Korea", page: 2 },
      { text: "Director of Infrastructure   Jun. 2018 - Jan. 2021", page: 2 },
      { text: "• Migrated the orchestration system to Kubernetes", page: 2 },
      { text: "June 3, 2026   Jane Smith · Résumé   2", page: 2 },
      { text: "1/3", page: 2 },
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Site Reliability Engineer", "Acme Corp"],
      ["Director of Infrastructure", "Kasa"],
    ]);
    expect(r.bullets.map((b) => b.text)).toEqual(["Migrated the orchestration system to Kubernetes"]);
  });
});

describe("contact of real resumes", () => {
  it("a phone label vouches for a short national number", async () => {
    const { findPhone } = await import("../../src/segment/contact.js");
    expect(findPhone("mobile 71 20 29 91")).toBe("71 20 29 91");
    expect(findPhone("71 20 29 91")).toBeNull();
    expect(findPhone("mobile 2019 2021")).toBeNull();
  });
  it("links drawn in the header complete LinkedIn, GitHub and a broken printed address; social links are no website", () => {
    const doc = docFromLines(["Jane Doe", "LinkedIn | Github | linkedin.com/in/jane-", "Experience", "Engineer, Acme — 2019 – 2021"]);
    doc.links = [
      { url: "https://www.linkedin.com/in/jane-doe/?trk=x", text: "LinkedIn", page: 1, line: 1 },
      { url: "https://github.com/janedoe", text: "Github", page: 1, line: 1 },
      { url: "https://t.me/janedoe", text: "Telegram", page: 1, line: 1 },
      { url: "https://github.com/janedoe/project", text: "project", page: 1, line: 3 },
    ];
    const r = segment(doc, { now: NOW });
    expect(r.contact).toMatchObject({ linkedin: "https://www.linkedin.com/in/jane-doe/", github: "https://github.com/janedoe", website: null });
  });
});

describe("dates of real resumes", () => {
  it("'since' opens a range; a template's placeholder is a date line without dates", () => {
    expect(findDateRanges("since 07/2022 Software Engineer")[0]).toMatchObject({ start: "2022-07", end: "present" });
    expect(findDateRanges("August 20XX – March 20XX")[0]).toMatchObject({ start: "", end: "", placeholder: true });
    expect(findDateRanges("XXL shirts")).toEqual([]);
    expect(findDateRanges("July — Dec 2017")[0]).toMatchObject({ start: "2017-07", end: "2017-12" });
    expect(findDateRanges("Nov – Feb 2020")[0]).toMatchObject({ start: "2019-11", end: "2020-02" });
    expect(findDateRanges("Jul-2018 – Present")[0]).toMatchObject({ start: "2018-07", end: "present" });
    const r = segment(docFromLines(["Experience", "Office manager, Southridge Video", "August 20XX – March 20XX", "Summarize your key responsibilities."]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Office manager", organization: "Southridge Video", start: null, end: null, dateText: "August 20XX – March 20XX" });
    expect(r.experience.years).toBe(0);
  });
});

describe("roles without dates or without an Experience heading", () => {
  it("a title line followed by bullets is a role even without dates", () => {
    const r = segment(docFromLines(["Experience", "Office Manager, Nod Publishing", "• Ran the front office for 40 staff", "• Cut supply costs 12%"]), { now: NOW });
    expect(r.experience.entries).toMatchObject([{ title: "Office Manager", organization: "Nod Publishing", start: null, end: null, dateText: null }]);
    expect(r.bullets.every((b) => b.entryIndex === 0)).toBe(true);
  });
  it("a dated line that finishes the sentence of the bullet above is no role ('mentored the' / 'Spring 2019 intern cohort.')", () => {
    const r = segment(docFromLines([
      "Experience", "Backend Developer   Mar 2018 – Dec 2021",
      "• Added Redis caching and OpenAPI contracts checked in CI; mentored the", "Spring 2019 intern cohort.",
      "Intern   Jun 2017 – Aug 2017", "• Wrote 40 integration tests",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => e.title)).toEqual(["Backend Developer", "Intern"]);
  });
  it("a one-word place line under 'Title — Employer' is no employer; 'Title, Employer, City' closes on the place", () => {
    expect(role("Senior Node.js Engineer — Souqline", "Amman")).toMatchObject({ title: "Senior Node.js Engineer", organization: "Souqline" });
    expect(role("Kestrel Assicurazioni S.p.A. — Senior QA Automation Engineer", "Milan")).toMatchObject({ title: "Senior QA Automation Engineer", organization: "Kestrel Assicurazioni S.p.A." });
    expect(role("Senior Engineer", "Souqline")).toMatchObject({ title: "Senior Engineer", organization: "Souqline" });
    expect(role("Senior Java Developer, Schelde Bank NV, Antwerp")).toMatchObject({ title: "Senior Java Developer", organization: "Schelde Bank NV" });
    expect(role("Staff Engineer, Platform, Developer Experience")).toMatchObject({ organization: null });
  });
  it("a legal form written with dots names an organization ('Tulpenveld Payments B.V.', 'Pampa Logística S.A.'); a year glued to letters by a hyphen is an identifier, no date", () => {
    const r = segment(docFromLines([
      "Experience", "Site Reliability Engineer   2021 – present", "Tulpenveld Payments B.V. — Amsterdam, Netherlands",
      "Run the Kubernetes platform (EKS, 14 clusters) for 40 teams.", "Wrote the incident-review template used for every P1 since INC-2041.",
      "Systems Engineer   2016 – 2021", "Gold Coast Telecom, Accra", "Moved 120 virtual machines to Kubernetes.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization, e.dateText])).toEqual([
      ["Site Reliability Engineer", "Tulpenveld Payments B.V.", "2021 – present"],
      ["Systems Engineer", "Gold Coast Telecom", "2016 – 2021"],
    ]);
    expect(findDateRanges("every P1 since INC-2041.")).toEqual([]);
    expect(findDateRanges("Engineer  Mar-2019 – 2021").map((d) => d.text)).toEqual(["Mar-2019 – 2021"]);
  });
  it("'Title · Employer, City' names the employer without its city, an employer with a legal form before a country is no place, dates in parentheses leave nothing behind", () => {
    expect(role("Backend Developer · Lusitana Seguros, Lisbon")).toMatchObject({ title: "Backend Developer", organization: "Lusitana Seguros" });
    expect(role("Systems Programmer — Kairo Networks, Osaka")).toMatchObject({ title: "Systems Programmer", organization: "Kairo Networks" });
    expect(role("Senior .NET Engineer | Merlion Logistics Pte Ltd, Singapore")).toMatchObject({ title: "Senior .NET Engineer", organization: "Merlion Logistics Pte Ltd" });
    // A team or field after the employer is no city: it stays.
    expect(role("Software Engineer — Google, Cloud Platform")).toMatchObject({ organization: "Google, Cloud Platform" });
    const r = segment(docFromLines(["Experience", "Senior Data Analyst — Pennine Home Energy, Manchester (Mar 2022 – present)", "• Built the dbt models behind 14 dashboards."]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Senior Data Analyst", organization: "Pennine Home Energy", start: "2022-03" });
  });
  it("a title that opens the role's first body line gives the title, and the line stays a bullet", () => {
    const r = segment(docFromLines([
      "Experience", "Meridian Softworks", "Chennai · 2016 – 2018",
      "• Android Developer on a retail client's loyalty app: Java, Retrofit and SQLite.", "• Wrote the first Espresso tests of the project.",
    ]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Android Developer", organization: "Meridian Softworks" });
    expect(r.bullets).toHaveLength(2);
    const prose = segment(docFromLines(["Experience", "Sheffield City Council, IT Services (September 2014 – May 2016)", "Graduate Developer. Maintained VB.NET and classic ASP intranet applications."]), { now: NOW });
    expect(prose.experience.entries[0]?.title).toBe("Graduate Developer");
    const achievement = segment(docFromLines(["Experience", "Acme Corp   2016 – 2018", "• Built the billing service on Kafka for 2M users."]), { now: NOW });
    expect(achievement.experience.entries[0]?.title).toBeNull();
  });
  it("dated roles under a heading of no known kind make it the experience section", () => {
    const r = segment(docFromLines([
      "Jane Doe", { text: "Skills", bold: true }, "Go, Rust, PostgreSQL", { text: "Where I Shipped Things", bold: true }, "Acme Corp", "Senior Engineer   2020 – 2023", "• Cut p99 latency 40%",
      { text: "Education", bold: true }, "B.S. Computer Science, State University, 2019",
    ]), { now: NOW });
    expect(r.sections.find((sec) => sec.heading === "Where I Shipped Things")).toMatchObject({ kind: "experience", standardHeading: false });
    expect(r.experience.entries[0]).toMatchObject({ title: "Senior Engineer", organization: "Acme Corp" });
  });
  it("titles stacked under one employer share it; a role in parentheses after a client is the title", () => {
    const r = segment(docFromLines(["Experience", "Lead Engineer, Upstatement   Mar 2022 — Present", "Senior Engineer   Sept 2020 — Mar 2022", "• Led the accessibility work"]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Lead Engineer", "Upstatement"], ["Senior Engineer", "Upstatement"]]);
    expect(role("HCL Technologies (Noida)", "T-Mobile.com (MEAN Stack Developer)")).toMatchObject({ title: "MEAN Stack Developer", organization: "HCL Technologies (Noida)" });
    expect(role("Software Developer, Link11 GmbH, Frankfurt.")).toMatchObject({ title: "Software Developer", organization: "Link11 GmbH" });
  });
  it("roles under no heading (under the name, after a skills list) form an experience section without heading", () => {
    const underName = segment(docFromLines([
      "Jane Doe", "jane@example.com | +1 555 010 0199",
      "Senior Java Developer — Acme Corp    2020 – Present", "• Built the ledger service handling 2M payments a day",
      "Java Developer — Foo Ltd    2017 – 2020", "• Cut build time 40%",
      "Education", "B.Sc. Computer Science, State University, 2017",
    ]), { now: NOW });
    expect(underName.sections.map((s) => [s.kind, s.heading])).toEqual([["header", ""], ["experience", ""], ["education", "Education"]]);
    expect(underName.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Senior Java Developer", "Acme Corp"], ["Java Developer", "Foo Ltd"]]);
    expect(underName.bullets.map((b) => b.section)).toEqual(["experience", "experience"]);
    expect(underName.contact.email).toBe("jane@example.com");
    const afterSkills = segment(docFromLines([
      "Jane Doe", { text: "Skills", bold: true }, "Java, Spring",
      "Senior Java Developer — Acme Corp    2020 – Present", "• Built the ledger service handling 2M payments a day",
      { text: "Education", bold: true }, "B.Sc. Computer Science, State University, 2017",
    ]), { now: NOW });
    expect(afterSkills.lines.find((l) => l.text === "Java, Spring")?.section).toBe("skills");
    expect(afterSkills.experience.entries).toMatchObject([{ title: "Senior Java Developer", organization: "Acme Corp", start: "2020-01" }]);
  });
  it("a dated line in a summary without bullets, or beside an Experience section, is no unheaded role", () => {
    const summary = segment(docFromLines(["Jane Doe", { text: "Summary", bold: true }, "Backend Engineer since 2015 — payments and ledgers", { text: "Education", bold: true }, "B.Sc., State University, 2015"]), { now: NOW });
    expect(summary.sections.map((s) => s.kind)).toEqual(["header", "summary", "education"]);
    const withExperience = segment(docFromLines(["Jane Doe", "Staff Engineer — Acme Corp   2020 – Present", "• Led 4 teams", { text: "Experience", bold: true }, "Engineer — Foo Ltd   2017 – 2020", "• Cut costs 10%"]), { now: NOW });
    expect(withExperience.sections.map((s) => s.kind)).toEqual(["header", "experience"]);
  });
  it("a role whose header names only the employer takes its title from the first bullet or line, which is then no bullet", () => {
    const r = segment(docFromLines([
      "Experience",
      "Contoso Bank   Jan 2021 – Present", "• Senior .NET Developer", "• Cut batch run time from 4 hours to 40 minutes",
      "Fabrikam   2018 – 2020", "Role: QA Lead", "• Automated 300 regression tests",
      "Northwind Traders   2016 – 2018", "• Led two engineers on the billing rewrite", "• Reduced invoice errors 30%",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Senior .NET Developer", "Contoso Bank"], ["QA Lead", "Fabrikam"], [null, "Northwind Traders"],
    ]);
    expect(r.bullets.map((b) => b.text)).toEqual([
      "Cut batch run time from 4 hours to 40 minutes", "Automated 300 regression tests", "Led two engineers on the billing rewrite", "Reduced invoice errors 30%",
    ]);
  });
  it("professions outside software are titles ('Music Educator' under its program)", () => {
    const r = segment(docFromLines(["Experience", "Northwind Youth Music Program", "Music Educator   Jan 2023 - May 2023", "• Aided musicians in local public schools"]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Music Educator", organization: "Northwind Youth Music Program" });
  });
});

describe("role headers", () => {
  it("keeps a title whole when the employer has a line of its own", () => {
    expect(role("Staff Engineer, Platform", "Northwind Systems")).toMatchObject({ title: "Staff Engineer, Platform", organization: "Northwind Systems" });
    expect(role("Docent, Library Collections Assistant | Japanese American Museum of San Jose")).toMatchObject({ title: "Docent, Library Collections Assistant", organization: "Japanese American Museum of San Jose" });
    expect(role("IC, Technical Lead, TLM", "Cloud Networking, Books, Accessibility")).toMatchObject({ title: "IC, Technical Lead, TLM", organization: null });
  });
  it("splits 'Title, Organization' when nothing else names the organization", () => {
    expect(role("Software Engineer, Google")).toMatchObject({ title: "Software Engineer", organization: "Google", split: true });
    expect(role("Senior Platform Engineer, CloudWorks Inc.")).toMatchObject({ title: "Senior Platform Engineer", organization: "CloudWorks Inc." });
  });
  it("an employer's name wrapped from a full header line onto the dated line is joined", () => {
    const r = segment(docFromLines([
      "Experience",
      "Senior Database Administrator, Northwind", "Retail — Jan 2020 – Present", "• Tuned 300+ slow queries and indexes, cutting",
      "Database Administrator, Bluegate Telecom —", "Aug 2015 – Dec 2019", "• Managed 12 TB of MySQL and SQL Server",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Senior Database Administrator", "Northwind Retail"], ["Database Administrator", "Bluegate Telecom"]]);
    // A short header line is not wrapped: "Acme" stays the employer of its own line.
    const short = segment(docFromLines(["Experience", "Engineer, Acme", "Payments — Jan 2020 – Present", "• Cut p99 latency 40% on the checkout path for 2M users"]), { now: NOW });
    expect(short.experience.entries[0]?.organization).not.toBe("Acme Payments");
  });
  it("a field or team after the title stays in the title, not the employer", () => {
    expect(role("Staff Engineer, Platform")).toEqual({ title: "Staff Engineer, Platform", organization: null });
    expect(role("Software Engineer, Machine Learning")).toEqual({ title: "Software Engineer, Machine Learning", organization: null });
    expect(role("Senior Engineer, Backend", "Globex")).toMatchObject({ title: "Senior Engineer, Backend", organization: "Globex" });
    // A name that is not a field is still the employer.
    expect(role("Software Engineer, Stripe")).toMatchObject({ title: "Software Engineer", organization: "Stripe", split: true });
  });
  it("keeps legal forms, acronyms and a campus city with the name; drops a trailing place", () => {
    expect(splitHeaderSegments("Omnious. Co., Ltd.   Seoul, S.Korea")).toEqual([["Omnious. Co., Ltd."]]);
    expect(splitHeaderSegments("R.O.K Cyber Command, MND")).toEqual([["R.O.K Cyber Command, MND"]]);
    expect(splitHeaderSegments("University of California, Berkeley   Berkeley, CA")).toEqual([["University of California, Berkeley"]]);
    expect(splitHeaderSegments("Platform Engineering Intern, Northwind Technology. San Jose, California")).toEqual([["Platform Engineering Intern", "Northwind Technology."]]);
    expect(splitHeaderSegments("Acme Corp, Austin, TX")).toEqual([["Acme Corp"]]);
  });
  it("another line's title-bearing name is still the employer when nothing better is there", () => {
    expect(role("Sr. Engineering Manager", "Globex Assistant, Assistant on Living-Room TV")).toMatchObject({ title: "Sr. Engineering Manager", organization: "Globex Assistant" });
    expect(role("After School Counselor | YMCA")).toMatchObject({ title: "After School Counselor", organization: "YMCA" });
  });
  it("a role header without a title word names the organization; the title may come on the next line", () => {
    const r = segment(docFromLines(["ON CAMPUS INVOLVEMENT", "Enactus, University of La Verne   August 2013 – Present", "Member", "• Led groups of 9 students"]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Member", organization: "Enactus" });
  });
  it("a title-case name under a dated title line is the employer", () => {
    const r = segment(docFromLines([
      "EXPERIENCE", { text: "Staff Engineer   Jun 2015 - Jan 2019", x: 200 }, { text: "NGP Professional Education", x: 200 }, { text: "Portland, OR", x: 200 },
      { text: "• Built the reporting pipeline the finance team runs on", x: 200 },
    ], "pdf"), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Staff Engineer", organization: "NGP Professional Education" });
  });
});
