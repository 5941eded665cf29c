/**
 * Words that name a technology without claiming it (issue 13, held-out real
 * resumes): profile-link labels in the contact block, publication and talk
 * titles, a capitalized word glued to a longer proper name, a thing named as
 * what was not chosen, and a consent clause wrapped over two lines.
 */
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { matchText } from "../../src/match/index.js";
import type { SectionKind } from "../../src/types.js";

const catalog = getBuiltinCatalog();
const found = (text: string, section: SectionKind = "experience"): string[] =>
  matchText(text, catalog, { section }).skills.filter((s) => !s.implied).map((s) => s.id);

describe("profile links in the contact details", () => {
  it("a GitHub or GitLab label beside the e-mail is a link, not a skill", () => {
    expect(found("jane@example.com · (416) 555-0193 · LinkedIn · GitHub · Portfolio", "header")).not.toContain("github");
    expect(found("GitLab · LinkedIn", "contact")).not.toContain("gitlab");
  });
  it("the same name in a bullet or a skills list stays", () => {
    expect(found("Moved 30 repositories to GitHub with branch protection.")).toContain("github");
    expect(found("Git, GitHub, GitLab, Docker", "skills")).toEqual(expect.arrayContaining(["github", "gitlab"]));
  });
});

describe("publication and talk titles", () => {
  it("names in a paper or talk title are its subject, not a skill used", () => {
    const title = "Contrastive Code Search over Rust and Haskell Abstract Syntax Trees with Graph Neural Networks.";
    expect(found(title, "publications")).toEqual([]);
    expect(found(title, "projects")).toEqual(expect.arrayContaining(["rust", "haskell"]));
  });
});

describe("a capitalized word that is also a name", () => {
  it("glued to another capitalized word in prose, it is that longer name", () => {
    expect(found("Delivered the Spring Racing Carnival microsite on Craft CMS.")).not.toContain("spring");
  });
  it("a product part after it keeps the name", () => {
    expect(found("Wrote REST services in Spring Framework and Java.")).toContain("spring");
  });
});

describe("a thing named as what was not chosen", () => {
  it("'a Shopify alternative', 'instead of a separate SPA' claim nothing", () => {
    expect(found("Built a storefront platform (a home-grown Shopify alternative) with Laravel.")).not.toContain("shopify");
    expect(found("Rendered pages with Livewire instead of a separate SPA.")).not.toContain("spa");
    expect(found("Built a storefront platform with Laravel and Shopify.")).toContain("shopify");
  });
});

describe("a consent clause wrapped over two lines", () => {
  it("the line that finishes the clause names no skill either", () => {
    const text = "I hereby consent to the processing of my personal data for the recruitment process, in accordance with the\nGDPR (Regulation (EU) 2016/679).";
    expect(found(text, "interests")).not.toContain("gdpr");
    expect(found("Implemented GDPR data-retention jobs for the EU customer base.")).toContain("gdpr");
  });
});

describe("whom the work was for", () => {
  it("'for the React Native app', 'for our iOS team' name a client, not a skill used", () => {
    expect(found("Added a GraphQL layer as a backend-for-frontend for the React Native app.")).not.toContain("react-native");
    expect(found("Built REST endpoints for our iOS team.")).not.toContain("ios");
    expect(found("Built the React Native app for 300,000 users.")).toContain("react-native");
  });
});

describe("a name starts at a word, not inside a hyphenated one", () => {
  it("'T-SQL queries' is T-SQL, not also 'SQL queries'; 'REST API design' still gives API design", () => {
    const tsql = matchText("Write and optimize T-SQL queries and stored procedures.", catalog, { section: "experience" });
    expect(tsql.skills.find((s) => s.id === "sql")?.implied).toBe(true);
    expect(found("Wrote the REST API design guidelines for the platform.")).toEqual(expect.arrayContaining(["rest", "api-design"]));
  });
});

describe("a summary sentence is prose, not a skills list", () => {
  const inList = (text: string, section: SectionKind, id: string): boolean | undefined =>
    matchText(text, catalog, { section }).skills.find((s) => s.id === id)?.occurrences[0]?.inSkillsList;
  it("a clause that opens the sentence and a full stop make it prose, however short its comma parts", () => {
    expect(inList("Backend engineer with 7 years building payment and order services in Node.js, TypeScript and Go.", "summary", "typescript")).toBe(false);
  });
  it("a list in the summary, or the same sentence in a skills section, stays a list", () => {
    expect(inList("Node.js, TypeScript, Go, PostgreSQL, Kafka.", "summary", "typescript")).toBe(true);
    expect(inList("Backend engineer with 7 years building payment and order services in Node.js, TypeScript and Go.", "skills", "typescript")).toBe(true);
  });
});

describe("books in the interests", () => {
  it("a name in the same clause as reading or books is a title or an author", () => {
    expect(found("Cross-country skiing; teaching the kids' coding club; reading Kafka on the Shore twice a year.", "interests")).not.toContain("kafka");
    expect(found("Trail running; a book club that is slowly reading all of Kafka.", "interests")).not.toContain("kafka");
  });
  it("the same name in another clause, another section, or without a reading word stays", () => {
    expect(found("Reading science fiction, Rust embedded side projects, chess", "interests")).toContain("rust");
    expect(found("Home lab: Kafka and Kubernetes on three Raspberry Pis", "interests")).toContain("kafka");
    expect(found("Built consumers reading Kafka topics for the billing ledger.")).toContain("kafka");
  });
});

describe("a name joined to '-free' or '-less'", () => {
  it("says the thing was left out", () => {
    expect(found("Automated regression with Selenium, Java, TestNG and Cucumber-free page objects.")).not.toContain("cucumber");
    expect(found("Rewrote the widgets jQuery-less in plain TypeScript.")).not.toContain("jquery");
  });
  it("a free tier or a space before the word does not", () => {
    expect(found("Ran the prototype on the DynamoDB free tier.")).toContain("dynamodb");
  });
});
