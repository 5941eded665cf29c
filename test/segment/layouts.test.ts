import { describe, expect, it } from "vitest";
import { findLocation, findName, segment } from "../../src/segment/index.js";
import { splitName } from "../../src/segment/contact.js";
import { isSentenceLike } from "../../src/segment/entries.js";
import { isNameList, titleAndOrganizationFromGroups } from "../../src/segment/organizations.js";
import { docFromLines } from "./helpers.js";

const NOW = new Date("2026-11-22T00:00:00Z");

describe("rail label split over two lines", () => {
  it("'Technical' / 'Skills' at the rail's x opens a skills section; content keeps the rest", () => {
    const r = segment(docFromLines([
      { text: "JORDAN BLAKE", x: 26 },
      { text: "Technical Java Python SQL Kafka", x: 26 },
      { text: "Spark", x: 200 },
      { text: "Skills Spring Boot Scala React AWS", x: 26 },
      { text: "Experience Staff Engineer, Platform Aug 2024 - Present", x: 26 },
      { text: "Led the platform reliability program end-to-end", x: 124 },
    ], "pdf"), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.heading, s.startLine, s.endLine])).toEqual([
      ["header", "", 1, 1], ["skills", "Technical Skills", 2, 4], ["experience", "Experience", 5, 6],
    ]);
    expect(r.lines[1]?.isHeading).toBe(true);
    expect(r.lines[3]?.section).toBe("skills");
  });
  it("two heading-only lines form one heading", () => {
    const r = segment(docFromLines(["Jane Doe", "Technical", "Skills", "Java, Go", "Experience", "Dev, Acme — 2019 – 2021"]), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([["header", ""], ["skills", "Technical Skills"], ["experience", "Experience"]]);
    expect(r.lines[2]?.isHeading).toBe(true);
  });
  it("lines at different x, or words that do not make a heading, are left alone", () => {
    const r = segment(docFromLines([
      { text: "Jane Doe", x: 26 },
      { text: "Technical Java Python", x: 26 },
      { text: "Skills Spring Boot", x: 60 },
      { text: "Professional Java developer", x: 26 },
      { text: "Games and more", x: 26 },
    ], "pdf"), { now: NOW });
    expect(r.sections.map((s) => s.kind)).toEqual(["header"]);
  });
});

describe("two-column pages", () => {
  const col = (text: string, column: number, page = 1, extra: Record<string, unknown> = {}) => ({ text, column, page, x: column === 0 ? 34 : 405, ...extra });
  it("the sidebar's sections do not swallow the main column's overflow on the next page", () => {
    const r = segment(docFromLines([
      { text: "Jamie Rivera", page: 1, x: 34 },
      col("EXPERIENCE", 0, 1, { bold: true }),
      col("Vendor Consultant, Contoso 06/2003 - 03/2004", 0),
      col("• Built a keyboard for tablets.", 0),
      col("STRENGTHS", 1, 1, { bold: true }),
      col("Led diverse teams across sites", 1),
      { text: "Engineer, Umbrella ICN 04/1995 - 12/2000", page: 2, x: 34 },
      { text: "• Built Java APIs for CRUD operations.", page: 2, x: 34 },
      { text: "EDUCATION", page: 2, x: 34, bold: true },
      { text: "B.S. Computer Science, State University, 1995", page: 2, x: 34 },
    ], "pdf"), { now: NOW });
    expect(r.lines.map((l) => l.section)).toEqual([
      "header", "experience", "experience", "experience", "other", "other", "experience", "experience", "education", "education",
    ]);
    expect(r.sections.find((s) => s.kind === "experience")?.endLine).toBe(8);
    expect(r.bullets.map((b) => [b.section, b.entryIndex])).toEqual([["experience", 0], ["experience", 1]]);
  });
  it("text set in newspaper columns: the second column's lines above its first heading continue the first column's section", () => {
    const lines = [
      { text: "Jane Doe", page: 1, x: 34 },
      col("PROFILE", 0, 1, { bold: true }),
      col("Bioinformatics engineer with eight years of pipelines.", 0),
      col("EXPERIENCE", 0, 1, { bold: true }),
      col("Bioinformatician — Ouse Valley Plant Science Centre", 0),
      col("Sep 2017 – Dec 2020 · Norwich", 0),
      col("Ran RNA-seq differential expression in R and shared the", 0),
      col("Moved the group's jobs from an ageing SGE cluster to", 1),
      col("Slurm and wrote Conda environments for all of them.", 1),
      col("Research Software Intern — Cam Data Lab", 1),
      col("Jun 2016 – Aug 2016 · Cambridge", 1),
      col("SKILLS", 1, 1, { bold: true }),
      col("Python, R, Nextflow", 1),
    ];
    const r = segment(docFromLines(lines, "pdf"), { now: NOW });
    expect(r.lines.slice(7, 11).map((l) => l.section)).toEqual(["experience", "experience", "experience", "experience"]);
    expect(r.experience.entries.map((e) => e.title)).toEqual(["Bioinformatician", "Research Software Intern"]);
    // A narrow sidebar opening on contact details keeps the header section.
    const side = segment(docFromLines([
      ...lines.slice(0, 7),
      col("jane@example.org", 1),
      col("+44 7700 900123", 1),
      col("SKILLS", 1, 1, { bold: true }),
      col("Python, R", 1),
    ], "pdf"), { now: NOW });
    expect(side.lines.slice(7, 9).map((l) => l.section)).toEqual(["header", "header"]);
  });
  it("a single-column document keeps its sections in reading order", () => {
    const r = segment(docFromLines(["EXPERIENCE", "Dev, Acme — 2019 – 2021", "• Built things.", "EDUCATION", "B.S., State University, 2015", { text: "Page two line", page: 2 }]), { now: NOW });
    expect(r.lines.map((l) => l.section)).toEqual(["experience", "experience", "experience", "education", "education", "education"]);
  });
});

describe("entry headers are not sentences or bullet wraps", () => {
  it("isSentenceLike", () => {
    expect(isSentenceLike("Mentored six engineers on distributed systems design and on-call practice")).toBe(true);
    expect(isSentenceLike("Bachelor of Science in Computer Science")).toBe(false);
    expect(isSentenceLike("Head of Engineering and Operations, Acme Corp")).toBe(false);
  });
  it("a sentence line above a dated title is a bullet of the previous entry", () => {
    const r = segment(docFromLines([
      "Experience", { text: "Staff Engineer, Platform Aug 2024 - Present", x: 110 }, { text: "Northwind Systems Remote", x: 110 },
      { text: "Led the reliability program end-to-end, cutting incidents by 60 percent", x: 124 },
      { text: "Mentored six engineers on distributed systems design and on-call practice", x: 124 },
      { text: "Senior Engineer, Backend Jun 2021 - Aug 2024", x: 110 },
      { text: "Built an event pipeline processing 5 million events per day", x: 124 },
    ], "pdf"), { now: NOW });
    expect(r.bullets.map((b) => [b.line, b.entryIndex])).toEqual([[4, 0], [5, 0], [7, 1]]);
    expect(r.lines[2]?.isEntryHeader).toBe(true);
    expect(r.experience.entries.map((e) => e.line)).toEqual([2, 6]);
  });
  it("the wrapped end of a bullet is not the next entry's header", () => {
    const r = segment(docFromLines([
      "EXPERIENCE", { text: "COURSERA | Software Engineering Intern", x: 219 }, { text: "June 2014 – Sep 2014 | Mountain View, CA", x: 219 },
      { text: "• Wrote code for JS using Backbone, Jade,", x: 234 }, { text: "Stylus and Require and Scala using Play", x: 244 },
      { text: "GOOGLE | Software Engineering Intern", x: 219 }, { text: "May 2013 – Aug 2013 | Mountain View, CA", x: 219 },
    ], "pdf"), { now: NOW });
    expect(r.experience.entries.map((e) => [e.line, e.organization])).toEqual([[2, "COURSERA"], [6, "GOOGLE"]]);
    expect(r.bullets[0]?.text).toBe("Wrote code for JS using Backbone, Jade, Stylus and Require and Scala using Play");
    expect(r.organizations).not.toContain("Stylus and Require and Scala using Play");
  });
  it("a team list is not an organization", () => {
    expect(isNameList(["Cloud Networking", "Books", "Accessibility"])).toBe(true);
    expect(isNameList(["Acme Labs", "Books", "Accessibility"])).toBe(false);
    expect(titleAndOrganizationFromGroups([["IC", "Technical Lead", "TLM"], ["Cloud Networking", "Books", "Accessibility"], []]).organization).toBeNull();
    expect(titleAndOrganizationFromGroups([["Technical Lead"], ["Northwind Systems", "Search"]]).organization).toBe("Northwind Systems");
  });
});

describe("glyph-less bullets", () => {
  const entry = ["EXPERIENCE", "Engineer, Acme — 2019 – 2021"];
  it("a full line without a sentence end continues onto a capitalised proper noun", () => {
    const r = segment(docFromLines([...entry,
      "Designed the event platform that moved all order traffic from the legacy queue onto",
      "Kafka, cutting end-to-end latency by 40 percent",
      "Reduced cloud spend by 20 percent through rightsizing",
    ]), { now: NOW });
    expect(r.bullets.map((b) => [b.line, b.endLine])).toEqual([[3, 4], [5, 5]]);
  });
  it("a full line followed by a verb starts a new bullet", () => {
    const r = segment(docFromLines([...entry,
      "Conducting Cassandra database design sessions with technical leads to create a structure",
      "Implementing services to connect with a third-party vendor for retrieving credit scores",
    ]), { now: NOW });
    expect(r.bullets.map((b) => [b.line, b.endLine])).toEqual([[3, 3], [4, 4]]);
  });
  it("title-case header-like lines and prose paragraphs are not bullets", () => {
    const r = segment(docFromLines([...entry,
      "Summarize your key responsibilities and accomplishments. Where appropriate, use the",
      "language of the job description. Be concise, targeting 3-5 key areas.",
      "Office manager, Southridge Video",
      "Cut order-processing time 28% by redesigning the daily queue.",
    ]), { now: NOW });
    expect(r.bullets.map((b) => b.text)).toEqual(["Cut order-processing time 28% by redesigning the daily queue."]);
    expect(r.lines.filter((l) => l.bulletIndex !== undefined).map((l) => [l.line, l.bulletIndex])).toEqual([[6, 0]]);
  });
});

describe("contact on real layouts", () => {
  it("a name set over two lines", () => {
    expect(splitName("Chanchal", "Sharma")).toBe("Chanchal Sharma");
    expect(splitName("Chanchal", "Office Manager")).toBeNull();
    expect(splitName("Software", "Engineer")).toBeNull();
    expect(splitName("Curriculum", "Vitae")).toBeNull();
    const r = segment(docFromLines(["Chanchal", "Sharma", "Office Manager", "chanchals@example.com", "Experience", "Office manager, Nod Publishing", "March 2023-December 2024"]), { now: NOW });
    expect(r.contact.name).toBe("Chanchal Sharma");
    expect(findName("Jane")).toBeNull();
  });
  it("street addresses with a ZIP code", () => {
    expect(findLocation("123 Example Way, Springfield, IL 62701")).toBe("123 Example Way, Springfield, IL 62701");
    expect(findLocation("4567 Main Street City, ST 98052")).toBe("4567 Main Street City, ST 98052");
    expect(findLocation("a@b.io | Springfield, IL 62701")).toBe("Springfield, IL 62701");
    expect(findLocation("Reduced cost 40%, saving 12000 dollars")).toBeNull();
    expect(findLocation("Springfield, ZZ 62701")).toBeNull();
  });
});

describe("employer descriptions in parentheses", () => {
  it("a closing description that opens lower case or with a digit is not part of the employer", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "Experience",
      "Frontend Engineer, Hollowell & Finch (online retail)   2021 – Present",
      "• Cut the bundle size by 40%.",
      "Data Science Intern, Acme Analytics (8 employee venture-backed startup)   Jun 2017 – Sep 2017",
      "• Built dashboards for 3 teams.",
      "Backend Engineer, Kaapstad Pay (Pty)   2015 – 2017",
      "• Wrote the payments service.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => e.organization)).toEqual(["Hollowell & Finch", "Acme Analytics", "Kaapstad Pay (Pty)"]);
  });
});

describe("dotless legal forms that close a name", () => {
  it("'Fjordlys Energi AS' after a title is the employer; the city below is no employer", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "Experience",
      "Senior Machine Learning Engineer, Fjordlys Energi AS   Mar 2022 – Present",
      "Oslo",
      "• Cut routing time by 40%.",
      "Embedded Developer, Voltaris Metering SRL   2016 – 2017",
      "• Wrote drivers.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Senior Machine Learning Engineer", "Fjordlys Energi AS"],
      ["Embedded Developer", "Voltaris Metering SRL"],
    ]);
  });
});

describe("volunteer organizations", () => {
  it("a chapter or a meetup under a volunteer title is the organization", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "Volunteering",
      "Workshop organizer   2020 – now",
      "OWASP Montréal chapter",
      "– Run a monthly hands-on workshop for about 30 participants.",
      "Meetup organizer   2018 – 2020",
      "Rust Lyon meetup",
      "– Ran 12 evening talks.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Workshop organizer", "OWASP Montréal chapter"],
      ["Meetup organizer", "Rust Lyon meetup"],
    ]);
  });

  it("a hyphenated title word ('Co-organizer') is the title, the group after the comma the organization", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "Volunteering",
      "Co-organizer, Atlanta Women in Tech User Group   2020 – Present",
      "Plan the monthly meetups and run the beginner track.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Co-organizer", "Atlanta Women in Tech User Group"]]);
  });
});

describe("Europass entries", () => {
  it("the employer line under a date-first title line closes on 'City (Country)'", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "WORK EXPERIENCE",
      "01/2020–Present Senior .NET Developer",
      "Rhodanie Assurances, Lyon (France)",
      "• Migrated 70 endpoints to ASP.NET Core.",
      "09/2015–12/2019 .NET Developer",
      "Orléans Logistique Numérique, Orléans (France)",
      "• Built warehouse APIs for 12 depots.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Senior .NET Developer", "Rhodanie Assurances"],
      [".NET Developer", "Orléans Logistique Numérique"],
    ]);
  });
});

describe("a city on the line below the header", () => {
  it("once an entry with a named employer shows the layout, a bare name below a 'Title, Employer' header is its city", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "EXPERIENCE",
      "Senior Haskell Engineer, Thameside Ledger Ltd   Mar 2020 – present",
      "London",
      "• Own the ledger service: 30 million postings a day.",
      "Software Engineer, Orbitfold Analytics   Aug 2017 – Feb 2020",
      "Cambridge",
      "• Designed a pricing-rules DSL; rules run 20x faster.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Senior Haskell Engineer", "Thameside Ledger Ltd"],
      ["Software Engineer", "Orbitfold Analytics"],
    ]);
  });
});

describe("headers in a narrow column", () => {
  it("a header wrapped inside the employer's name above its dates is one header; '-ician' names a title", () => {
    const r = segment(docFromLines([
      "Jane Doe",
      "EXPERIENCE",
      "Senior Bioinformatics Engineer — Fenland Genomics",
      "Institute",
      "Jan 2021 – present · Cambridge",
      "Rebuilt the germline variant-calling pipeline in Nextflow",
      "Bioinformatician — Ouse Valley Plant Science Centre",
      "Sep 2017 – Dec 2020 · Norwich",
      "Assembled and annotated the genomes of wheat stem rust isolates.",
    ]), { now: NOW });
    expect(r.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Senior Bioinformatics Engineer", "Fenland Genomics Institute"],
      ["Bioinformatician", "Ouse Valley Plant Science Centre"],
    ]);
  });
});

describe("a year in a bullet's wrapped line", () => {
  it("a line indented under a bullet is its wrapped text, not an entry dated by the year it ends on", () => {
    const r = segment(docFromLines([
      { text: "Jane Doe", x: 40 },
      { text: "EXPERIENCE", x: 40 },
      { text: "Engineering Manager — Irwell Bank   Feb 2021 – present", x: 40 },
      { text: "• Lead three teams (19 engineers) that run 40 Go and Kotlin services on Amazon", x: 40, bullet: true },
      { text: "EKS; hired 11 engineers in 2022.", x: 51 },
      { text: "Tech Lead — Mancunian Travel Tech   Apr 2019 – Jan 2021", x: 40 },
    ], "pdf"), { now: NOW });
    expect(r.experience.entries.map((e) => e.title)).toEqual(["Engineering Manager", "Tech Lead"]);
    expect(r.bullets[0]?.text).toBe("Lead three teams (19 engineers) that run 40 Go and Kotlin services on Amazon EKS; hired 11 engineers in 2022.");
  });
});
