/** Where the project lives: the one place its URLs are written. */

/** The project's home page. */
export const PROJECT_URL = "https://github.com/resume-ats/resume-ats";

/** docs/rules.md on the main branch: each hint's `url` points at its section. */
export const RULES_DOCS_URL = `${PROJECT_URL}/blob/main/docs/rules.md`;
