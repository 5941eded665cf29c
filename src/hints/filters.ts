/**
 * Message filters: cross-rule policy applied to the messages of all rules
 * after they ran (as textlint's filter rules), so no rule needs to know
 * another. A filter only removes messages, and never changes the score.
 */
import type { LintMessage } from "./run.js";

/** A filter over every rule's messages. */
export interface MessageFilter {
  name: string;
  /** What it drops and why. */
  description: string;
  filter(messages: readonly LintMessage[]): LintMessage[];
}

/**
 * An avoid phrase that is a weak opening ("Responsible for") on a bullet
 * that already has a WEAK_OPENING message, which names stronger verbs: the
 * AVOID_PHRASE twin is dropped (the phrase still costs its points).
 */
export const weakOpeningTwins: MessageFilter = {
  name: "weak-opening-twins",
  description: "Drops an AVOID_PHRASE of kind weak-opening where a WEAK_OPENING message on the same bullet starts with the same words.",
  filter(messages) {
    const openings = new Map<number, string>();
    for (const m of messages) {
      if (m.hint.code === "WEAK_OPENING" && m.hint.line !== undefined && m.hint.quote) openings.set(m.hint.line, m.hint.quote.toLowerCase());
    }
    if (openings.size === 0) return [...messages];
    return messages.filter((m) => {
      if (m.hint.code !== "AVOID_PHRASE" || m.data?.avoidKind !== "weak-opening" || m.hint.line === undefined) return true;
      const matched = String(m.data.matched ?? "").toLowerCase();
      return !(openings.get(m.hint.line)?.startsWith(matched) ?? false);
    });
  },
};

/**
 * A bullet whose noun phrase opening is the subject of a passive ("The API
 * was rewritten in Go"): PASSIVE_VOICE says what to do ("Rewrote the API"),
 * and that rewrite also fixes the opening, so the WEAK_OPENING is dropped.
 */
export const passiveSubjects: MessageFilter = {
  name: "passive-subjects",
  description: "Drops a WEAK_OPENING about a noun phrase on a bullet that has a PASSIVE_VOICE message.",
  filter(messages) {
    const passive = new Set<number>();
    for (const m of messages) if (m.hint.code === "PASSIVE_VOICE" && m.bulletIndex !== undefined) passive.add(m.bulletIndex);
    if (passive.size === 0) return [...messages];
    return messages.filter((m) => !(m.hint.code === "WEAK_OPENING" && m.data?.opening === "noun-phrase" && m.bulletIndex !== undefined && passive.has(m.bulletIndex)));
  },
};

/** Every filter, in the order they apply. */
export const FILTERS: readonly MessageFilter[] = [weakOpeningTwins, passiveSubjects];
