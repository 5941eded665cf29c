import { describe, expect, it } from "vitest";
import { classifyHeading, collapseLetterSpacing, findDateRange, findEmail, findGithub, findLinkedin, findLocation, findName, findPhone, findWebsite, segment, stripBulletMarker, totalYears } from "../../src/segment/index.js";
import { docFromLines } from "./helpers.js";

const NOW = new Date("2026-11-22T00:00:00Z");

describe("heading vocabulary", () => {
  const cases: Array<[string, string, boolean]> = [
    ["Work History", "experience", true], ["Professional Experience", "experience", true], ["Employment", "experience", true],
    ["Relevant Experience", "experience", true], ["EXPERIENCE", "experience", true], ["Internships", "experience", true],
    ["Technical Skills", "skills", true], ["Core Competencies", "skills", true], ["Tech Stack", "skills", true],
    ["Skills & Tools", "skills", true], ["Programs/Skills/Software", "skills", true], ["Programs, Skills, Software", "skills", true],
    ["Additional Skills", "skills", true], ["Profile", "summary", true], ["Summary", "summary", true], ["About Me", "summary", true],
    ["Objective", "summary", true], ["Education", "education", true], ["Academic Background", "education", true],
    ["Projects", "projects", true], ["Selected Projects", "projects", true], ["Certifications", "certifications", true],
    ["Licenses & Certifications", "certifications", true], ["Awards", "awards", true], ["Honors", "awards", true],
    ["Achievements", "awards", true], ["Publications", "publications", true], ["Volunteer Experience", "volunteer", true],
    ["Languages", "languages", true], ["Interests", "interests", true], ["Contact", "contact", true],
    ["Where I've Worked", "experience", false], ["Relevant Coursework", "education", false],
    ["EXPERIENCE & LEADERSHIP", "experience", true], ["Customer Service Experience", "experience", true],
    ["Programming Languages", "skills", true], ["Skills:", "skills", true],
  ];
  for (const [text, kind, standard] of cases) {
    it(`${text} → ${kind}`, () => {
      const m = classifyHeading(text);
      expect(m?.kind).toBe(kind);
      expect(m?.standard).toBe(standard);
    });
  }
  it("letter-spaced headings", () => {
    expect(collapseLetterSpacing("E X P E R I E N C E")).toBe("EXPERIENCE");
    expect(collapseLetterSpacing("W O R K   H I S T O R Y")).toBe("WORK HISTORY");
    expect(classifyHeading("S K I L L S")?.kind).toBe("skills");
    expect(collapseLetterSpacing("Go is a language")).toBe("Go is a language");
  });
  it("no kind for ordinary words", () => {
    expect(classifyHeading("Acme Corporation")).toBeNull();
    expect(classifyHeading("Senior Backend Engineer")).toBeNull();
  });
});

describe("sections", () => {
  it("splits on vocabulary headings and keeps the header", () => {
    const r = segment(docFromLines(["Jane Doe", "jane@x.io", "Work History", "Engineer, Acme — 2019 – 2021", "• Built things", "Technical Skills", "Java, Go"]), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.heading, s.startLine, s.endLine])).toEqual([
      ["header", "", 1, 2], ["experience", "Work History", 3, 5], ["skills", "Technical Skills", 6, 7],
    ]);
    expect(r.lines[2]?.isHeading).toBe(true);
  });
  it("keeps 'Languages: Java, Python' and a 'Languages:' label inside skills", () => {
    const r = segment(docFromLines(["SKILLS", "Languages: Java, Python, Go", "Languages:", "Java, Kotlin", "EDUCATION", "B.S., State University, 2015"]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["skills", "education"]);
  });
  it("a bold job title inside experience is not a heading; an unknown heading styled like the others is `other`", () => {
    const h = { bold: true, fontSize: 14 };
    const r = segment(docFromLines([
      { text: "Jane Doe", bold: true, fontSize: 20 },
      { text: "Experience", ...h },
      { text: "Platform Engineer", bold: true, fontSize: 10 },
      { text: "Acme Inc, 2019 – 2021", fontSize: 10 },
      { text: "• Built a thing that works well", fontSize: 10 },
      { text: "Open Source Love", ...h },
      { text: "Maintainer of a library", fontSize: 10 },
      { text: "Skills", ...h },
      { text: "Go, Rust", fontSize: 10 },
    ]), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.standardHeading])).toEqual([
      ["header", true], ["experience", true], ["other", false], ["skills", true],
    ]);
  });
  it("the styled name before the first heading is not a section", () => {
    const r = segment(docFromLines([{ text: "JORDAN REYES", bold: true, fontSize: 20 }, { text: "SUMMARY", bold: true, fontSize: 12 }, "Backend engineer."]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["header", "summary"]);
  });
  it("label-rail heading with content on the same line", () => {
    const r = segment(docFromLines(["JANE SMITH", "Experience       Staff Engineer, Platform    Aug 2024 - Present", "• Led platform migration", "Education       B.S. Computer Science, State University       2013 - 2017"]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["header", "experience", "education"]);
    expect(r.experience.entries[0]).toMatchObject({ title: "Staff Engineer, Platform", organization: null, start: "2024-08", end: "present" });
    expect(r.organizations).toContain("State University");
  });
  it("a job title starting with a heading word is not a rail label", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Education Coordinator, Acme 2019 - 2020", "• Ran programs for students"]), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["experience"]);
  });
});

describe("bullets", () => {
  it("recognizes bullet markers", () => {
    for (const t of ["• Built", "•Built", "▪ Built", "● Built", "◦ Built", "‣ Built", "- Built", "– Built", "* Built", "1. Built", "2) Built"]) {
      expect(stripBulletMarker(t)).toBe("Built");
    }
    expect(stripBulletMarker("2019 - 2021")).toBeNull();
    expect(stripBulletMarker("-5% cost")).toBeNull();
    expect(stripBulletMarker("3.5 GPA")).toBeNull();
  });
  it("joins wrapped lines (lower-case start, or no sentence end) without positions", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Dev, Acme — 2019 – 2020", "• Cut latency from 420 ms", "to 95 ms.", "• Designed a gateway serving", "Kafka consumers at scale.", "• Short one.", "Engineer, Beta — 2017 – 2019"]), { now: NOW });
    expect(r.bullets.map((b) => [b.text, b.line, b.endLine, b.entryIndex])).toEqual([
      ["Cut latency from 420 ms to 95 ms.", 3, 4, 0],
      ["Designed a gateway serving Kafka consumers at scale.", 5, 6, 0],
      ["Short one.", 7, 7, 0],
    ]);
  });
  it("joins lines indented like the bullet text (hanging indent)", () => {
    const r = segment(docFromLines(["SUMMARY", { text: "• Led the team.", x: 60 }, { text: "Kafka was used.", x: 70 }, { text: "• Next", x: 60 }, { text: "Not part.", x: 60 }]), { now: NOW });
    expect(r.bullets.map((b) => b.text)).toEqual(["Led the team. Kafka was used.", "Next"]);
  });
  it("turns glyph-less sentence lines of an entry into bullets", () => {
    const r = segment(docFromLines([
      "Relevant Experience", "Operations Coordinator, Brightline Retail Group Mar 2022 - Present", "Austin, TX",
      "Cut order-processing time 28% by redesigning the daily fulfillment queue across three", "warehouses.",
      "Led a 6-person cross-functional team through a vendor migration.",
    ]), { now: NOW });
    expect(r.bullets.map((b) => b.text)).toEqual([
      "Cut order-processing time 28% by redesigning the daily fulfillment queue across three warehouses.",
      "Led a 6-person cross-functional team through a vendor migration.",
    ]);
    expect(r.lines[2]?.isEntryHeader).toBe(true);
    expect(r.experience.entries[0]).toMatchObject({ title: "Operations Coordinator", organization: "Brightline Retail Group" });
  });
});

describe("dates", () => {
  const cases: Array<[string, string, string]> = [
    ["Jan 2019 – Present", "2019-01", "present"], ["January 2019 - Current", "2019-01", "present"], ["2017–2020", "2017-01", "2020-01"],
    ["03/2018 - 11/2021", "2018-03", "2021-11"], ["2019 to now", "2019-01", "present"], ["Mar. 2020 — Jun. 2022", "2020-03", "2022-06"],
    ["Summer 2021", "2021-06", "2021-06"], ["September 2025-Present", "2025-09", "present"], ["Sept 2018 – Dec 2019", "2018-09", "2019-12"],
    ["Jan '19 - Mar '21", "2019-01", "2021-03"], ["Aug 2015 until Jul 2016", "2015-08", "2016-07"],
  ];
  for (const [text, start, end] of cases) {
    it(text, () => {
      const r = findDateRange(`Engineer, Acme | ${text}`);
      expect(r).toMatchObject({ start, end, text });
    });
  }
  it("ignores non-dates", () => {
    expect(findDateRange("Cut costs by 2019%")).toBeNull();
    expect(findDateRange("Java SE 11, OAuth 2.0")).toBeNull();
  });
  it("sums years without double-counting overlaps", () => {
    expect(totalYears([{ start: "2019-01", end: "2020-12" }, { start: "2020-01", end: "2021-12" }], NOW)).toBe(3);
    expect(totalYears([{ start: "2017-01", end: "2020-01", yearOnly: true }], NOW)).toBe(3);
    expect(totalYears([{ start: "2025-11", end: "present" }], NOW)).toBe(1.1);
    expect(totalYears([], NOW)).toBe(0);
  });
  it("computes experience years from entries with an injected now", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Dev, Acme — Jan 2024 – Present", "Dev, Beta — Jan 2023 – Jun 2024", "PROJECTS", "Tool — 2010 – 2020"]), { now: NOW });
    expect(r.experience.years).toBe(3.9); // Jan 2023 … Nov 2026 = 47 months
    expect(r.experience.entries.map((e) => e.section)).toEqual(["experience", "experience", "projects"]);
  });
});

describe("contact", () => {
  it("phones in international forms", () => {
    expect(findPhone("x | +1 415 555 0199 | y")).toBe("+1 415 555 0199");
    expect(findPhone("(312) 555-0142 | a@b.co")).toBe("(312) 555-0142");
    expect(findPhone("+44 20 7946 0958")).toBe("+44 20 7946 0958");
    expect(findPhone("+91-98765-43210")).toBe("+91-98765-43210");
    expect(findPhone("415.555.0199")).toBe("415.555.0199");
  });
  it("phones with a bracketed country code and word-processor dashes", () => {
    expect(findPhone("• (+1) 312-555-0123 | jane@example.com")).toBe("(+1) 312-555-0123");
    expect(findPhone("(718) 555\u20130100")).toBe("(718) 555\u20130100");
    expect(findPhone("(909) 555--\u20105555")).toBe("(909) 555--\u20105555");
    expect(findPhone("Jan 2019 \u2013 Dec 2021")).toBeNull();
    expect(findPhone("2015 \u2014 2019 2020")).toBeNull();
  });
  it("a country code left at the end of the line above joins the phone", () => {
    const r = segment(docFromLines([
      "Renata Vasconcelos",
      "Senior Kotlin Engineer · Toronto, ON · renata@example.ca · +1",
      "416-555-0139 · github.com/rvasconcelos",
      "Experience",
    ]), { now: NOW });
    expect(r.contact.phone).toBe("+1 416-555-0139");
  });
  it("refuses dates and year ranges as phones", () => {
    expect(findPhone("Engineer 2019-2021")).toBeNull();
    expect(findPhone("2015 - 2019 2020")).toBeNull();
    expect(findPhone("03/2018 - 11/2021")).toBeNull();
    expect(findPhone("GPA 3.6")).toBeNull();
  });
  it("email, links, location", () => {
    expect(findEmail("Mail: <jane.doe+cv@mail.example.co.uk>, x")).toBe("jane.doe+cv@mail.example.co.uk");
    expect(findLinkedin("https://www.linkedin.com/in/jane-doe-123/ | x")).toBe("https://www.linkedin.com/in/jane-doe-123/");
    expect(findGithub("github.com/janedoe")).toBe("github.com/janedoe");
    expect(findWebsite("a@b.io | lenafischer.dev | github.com/x")).toBe("lenafischer.dev");
    expect(findWebsite("Node.js, ASP.NET, Vue.js")).toBeNull();
    expect(findLocation("jane@x.io | San Francisco, CA | 555")).toBe("San Francisco, CA");
    expect(findLocation("Berlin, Germany")).toBe("Berlin, Germany");
  });
  it("names", () => {
    expect(findName("Avery Quinn")).toBe("Avery Quinn");
    expect(findName("JANE SMITH")).toBe("JANE SMITH");
    expect(findName("Mary-Jane O'Neil")).toBe("Mary-Jane O'Neil");
    expect(findName("J O R D A N   R E Y E S")).toBe("JORDAN REYES");
    expect(findName("Jane Smith | jane@x.io")).toBe("Jane Smith");
    expect(findName("Senior Backend Engineer with 7 years")).toBeNull();
    expect(findName("jane@x.io")).toBeNull();
    expect(findName("Professional Summary")).toBeNull();
    expect(findName("Office Manager")).toBeNull();
    expect(findName("Functional Resume Sample")).toBeNull();
  });
  it("segment fills contact from the header first", () => {
    const r = segment(docFromLines(["Jordan Avery", "Austin, TX • jordan@example.com • (312) 555-0123 • linkedin.com/in/jordan-avery", "EXPERIENCE", "Dev, Acme — 2019 – 2021", "• Call (999) 555-0000 for fun"]), { now: NOW });
    expect(r.contact).toEqual({ name: "Jordan Avery", email: "jordan@example.com", phone: "(312) 555-0123", linkedin: "linkedin.com/in/jordan-avery", github: null, website: null, location: "Austin, TX" });
  });
});

describe("entries and organizations", () => {
  it("shared employer banner", () => {
    const r = segment(docFromLines([
      "Experience", { text: "Acme Corporation", x: 50 },
      { text: "Staff Engineer, Platform Infrastructure Aug 2024 - Present", x: 60 }, { text: "• Led reliability", x: 70 },
      { text: "Senior Engineer, Payments Core Jul 2022 - Aug 2024", x: 60 }, { text: "• Built rails", x: 70 },
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Staff Engineer, Platform Infrastructure", "Acme Corporation"], ["Senior Engineer, Payments Core", "Acme Corporation"],
    ]);
    expect(r.organizations).toEqual(["Acme Corporation"]);
  });
  it("title line above a dated organization line", () => {
    const r = segment(docFromLines(["Experience", "Software Engineer II, Business Credit Journey", "Globex Financial | New York, NY August 2024 - Present", "Conducting design sessions with leads"]), { now: NOW });
    // The title line is kept as printed: the employer is on its own line, so ", Business Credit Journey" is part of the title (the team).
    expect(r.experience.entries[0]).toMatchObject({ title: "Software Engineer II, Business Credit Journey", organization: "Globex Financial", start: "2024-08", line: 2 });
    expect(r.lines[1]?.isEntryHeader).toBe(true);
    expect(r.lines[2]?.isEntryHeader).toBe(true);
    expect(r.lines[3]?.entryIndex).toBe(0);
  });
  it("a line below the dated company line can hold both the title and the location", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Acme Corp Jan 2022 – Present", "Senior Software Engineer · Springfield, IL", "• Led migration of 3 services to Kubernetes"]), { now: NOW });
    expect(r.experience.entries[0]).toMatchObject({ title: "Senior Software Engineer", organization: "Acme Corp", start: "2022-01" });
    expect(r.lines[2]?.isEntryHeader).toBe(true);
    const locOnly = segment(docFromLines(["EXPERIENCE", "Staff Engineer, Acme Corp Jan 2022 – Present", "Springfield, IL", "• Led migration of 3 services"]), { now: NOW });
    expect(locOnly.experience.entries[0]).toMatchObject({ title: "Staff Engineer", organization: "Acme Corp" });
  });
  it("a 'Tech:' line under a role is neither title nor employer of the next role", () => {
    const r = segment(docFromLines([
      "EXPERIENCE", "Node.js Developer, Basketly — Jan 2022 – Present", "• Rebuilt checkout as a Fastify service for 2,500 orders an hour",
      "Tech: Node.js, TypeScript, Fastify, PostgreSQL", "JavaScript Developer, Lagos Digital Studio — Jun 2019 – Dec 2021", "• Built REST endpoints in Koa",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Node.js Developer", "Basketly"], ["JavaScript Developer", "Lagos Digital Studio"]]);
    expect(r.organizations).not.toContain("Tech: Node.js");
  });
  it("schools from education", () => {
    const r = segment(docFromLines(["EDUCATION", "Springfield State University", "B.S. Computer Science · Expected May 2026 · GPA 3.6", "EXPERIENCE", "Oracle — Java Developer, 2019 – 2023"]), { now: NOW });
    expect(r.organizations).toEqual(["Springfield State University", "Oracle"]);
    expect(r.experience.entries[0]).toMatchObject({ title: "Java Developer", organization: "Oracle" });
  });
});
