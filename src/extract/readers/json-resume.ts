/** The JSON Resume reader (jsonresume.org): a JSON object with `basics` or two of its sections. */
import { CorruptFileError } from "../../errors.js";
import { jsonResumeToLines, parseJsonResume } from "../json-resume.js";
import { textResult, type TextReader } from "./reader.js";

export const jsonResumeReader: TextReader<"json-resume"> = {
  format: "json-resume",
  input: "text",
  description: "JSON Resume: basics, work, education, skills... turned into headed sections with highlight bullets; work, volunteer, projects and education dates read from startDate/endDate.",
  emptyMessage: "The input has no readable text.",
  sniff: (text) => parseJsonResume(text) !== null,
  read: (text) => {
    const doc = parseJsonResume(text);
    if (!doc) throw new CorruptFileError("The text is not a valid JSON Resume document (expected a JSON object with basics/work/skills/education).");
    const { lines, entries } = jsonResumeToLines(doc);
    return { ...textResult(lines), entries };
  },
};
