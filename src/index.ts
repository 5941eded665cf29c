/**
 * resume-ats: read a resume, find its skills, score it against a backend role,
 * and explain every point.
 */
export * from "./errors.js";
export type * from "./types.js";
