/**
 * A shared head noun distributes over its list: "unit and integration
 * tests" names unit testing and integration testing; "end-to-end, black-box,
 * unit, and regression testing" names end-to-end and unit testing;
 * "Unit/Perf/E2E Testing" names all three; "SQL and NoSQL databases" names
 * relational and NoSQL databases.
 *
 * A list is a run of members joined by ",", "/", "&", "and" or "or"; its
 * last member is followed by the head word in the same phrase. Each earlier
 * member counts when the member plus the head is a catalog name ("unit" +
 * "tests"); nothing else is ever produced, so "MySQL and PostgreSQL
 * databases" gives no extra skill ("MySQL databases" is no alias), nor does a
 * one-word name split at its capitals ("Swift, …, Core Data": no "Swift Data"). Inner
 * members are short (at most {@link MAX_MEMBER_UNITS} words); the first may
 * be the end of a clause ("Wrote end-to-end, unit and …": its last words).
 * A member that is a phrase with its own head noun ("code reviews, load and
 * stress testing") ends the list.
 *
 * The head is shown to be shared when the last member with the head is a
 * catalog name, or the head alone is one ("testing"), or two members form
 * names with it. When two or more members form names and one of them needs
 * no context, the list is context for each of them: a name that needs
 * context ("integration tests") counts; names that all need it ("application-,
 * development- and web servers") do not vouch for each other.
 */
import { caseMatches } from "./case-rules.js";
import { lookupAt, type AliasEntry, type CompiledCatalog, type UnitKeys } from "./compile.js";
import type { MatchUnit } from "./units.js";

/** A name found by distributing a shared head over a list. */
export interface GroupedHit {
  entry: AliasEntry;
  /** The member's first unit. */
  k: number;
  /** Units from the member to the end of the head. */
  len: number;
}

/** The names a block's lists give, and the last members they give context to. */
export interface SharedHeads {
  /** Names of earlier members with the head. */
  hits: GroupedHit[];
  /** `${k}|${len}` of last-member names ("integration tests") that a list of two or more names gives context. */
  context: Set<string>;
}

/** Most words of a list member. */
export const MAX_MEMBER_UNITS = 3;
/** Most members looked at before the last one. */
const MAX_MEMBERS = 8;

const CONJUNCTIONS = new Set(["and", "or"]);
const SEPARATOR_CHARS = ",/&";
const STOP_CHARS = ".;:!?()[]{}|•·\t";

type Link = "sep" | "stop";

/** A run of units between separators. */
interface Segment {
  s: number;
  /** Exclusive end. */
  e: number;
  /** How the segment is joined to the one before it. */
  before: Link;
}

function gapLink(text: string, from: number, to: number): Link | "plain" {
  let sep = false;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (STOP_CHARS.includes(c)) return "stop";
    if (SEPARATOR_CHARS.includes(c)) sep = true;
  }
  return sep ? "sep" : "plain";
}

/** Split a block's units into segments at separators, conjunctions and stops (one linear pass). */
function segments(text: string, units: readonly MatchUnit[]): { list: Segment[]; of: Int32Array } {
  const list: Segment[] = [];
  const of = new Int32Array(units.length).fill(-1);
  let sawStop = true; // the block start
  let cur: Segment | null = null;
  for (let k = 0; k < units.length; k++) {
    if (k > 0) {
      const g = gapLink(text, units[k - 1].end, units[k].start);
      if (g === "stop") sawStop = true;
      if (g !== "plain") cur = null;
    }
    if (CONJUNCTIONS.has(units[k].folded)) {
      cur = null;
      continue;
    }
    if (cur === null) {
      cur = { s: k, e: k + 1, before: sawStop ? "stop" : "sep" };
      list.push(cur);
      sawStop = false;
    } else cur.e = k + 1;
    of[k] = list.length - 1;
  }
  return { list, of };
}

/** True when a separator (",", "/", "&", "and", "or") sits within the {@link MAX_MEMBER_UNITS} + 1 units before unit `h`. */
function separatorBefore(text: string, units: readonly MatchUnit[], h: number): boolean {
  for (let k = h - 1; k >= 1 && k >= h - MAX_MEMBER_UNITS - 1; k--) {
    if (CONJUNCTIONS.has(units[k].folded)) return true;
    if (gapLink(text, units[k - 1].end, units[k].start) === "sep") return true;
  }
  return false;
}

/** The name made of `member` units plus the head unit, when the catalog has one (case rules applied). */
function nameOf(compiled: CompiledCatalog, units: readonly MatchUnit[], from: number, to: number, head: number): AliasEntry[] {
  const seq = [...units.slice(from, to), units[head]];
  const keys: UnitKeys = { folded: seq.map((u) => u.folded), stems: seq.map((u) => u.stem), nums: seq.map((u) => u.num) };
  const hit = lookupAt(compiled, keys, 0).find((h) => h.length === seq.length);
  // A one-word name split at its capitals ("SwiftData" read as "Swift Data") is no member plus head: "Swift, SwiftUI,
  // Combine, Core Data" names no SwiftData.
  return hit ? hit.values.filter((e) => e.generated !== "camel" && caseMatches(e, seq, 0)) : [];
}

function isHeadWord(compiled: CompiledCatalog, u: MatchUnit): boolean {
  return compiled.heads.nums.has(u.num) || compiled.heads.stems.has(u.stem);
}

/** Find the shared-head lists of a block (see the module comment). */
export function sharedHeads(text: string, units: readonly MatchUnit[], compiled: CompiledCatalog, keys: UnitKeys): SharedHeads {
  const out: SharedHeads = { hits: [], context: new Set() };
  if (units.length < 3) return out;
  let seg: ReturnType<typeof segments> | null = null;
  for (let h = 1; h < units.length; h++) {
    if (!isHeadWord(compiled, units[h])) continue;
    // The last member (at most three words before the head) must follow a separator: look before building segments.
    if (!separatorBefore(text, units, h)) continue;
    seg ??= segments(text, units);
    const si = seg.of[h];
    if (si < 1) continue;
    const last = seg.list[si];
    if (h === last.s || h - last.s > MAX_MEMBER_UNITS || last.before !== "sep") continue;
    // Earlier members, back to the first.
    const formed: Array<{ entries: AliasEntry[]; k: number }> = [];
    for (let j = si - 1, n = 0; j >= 0 && n < MAX_MEMBERS; j--, n++) {
      const m = seg.list[j];
      const long = m.e - m.s > MAX_MEMBER_UNITS;
      const first = long || m.before !== "sep";
      // An inner phrase with its own head ("code reviews", "stress testing") is an item of its own, not a modifier: the list ends.
      if (!first && m.e - m.s >= 2 && /^ +$/.test(text.slice(units[m.e - 2].end, units[m.e - 1].start)) && isHeadWord(compiled, units[m.e - 1])) break;
      // An inner member is whole; the first may be a clause's last words ("Wrote end-to-end").
      for (let from = first ? Math.max(m.s, m.e - MAX_MEMBER_UNITS) : m.s; from < m.e; from++) {
        const entries = nameOf(compiled, units, from, m.e, h);
        if (entries.length > 0) {
          formed.push({ entries, k: from });
          break;
        }
        if (!first) break;
      }
      if (first) break;
    }
    if (formed.length === 0) continue;
    // The last member and the head: a catalog name?
    const anchorLen = h - last.s + 1;
    const anchor = lookupAt(compiled, keys, last.s).find((x) => x.length === anchorLen);
    const anchorOk = anchor !== undefined && anchor.values.some((e) => caseMatches(e, units, last.s));
    const count = formed.length + (anchorOk ? 1 : 0);
    const headAlone = () => lookupAt(compiled, keys, h).some((x) => x.length === 1 && x.values.some((e) => !e.requiresContext && caseMatches(e, units, h)));
    if (!(anchorOk || count >= 2 || headAlone())) continue;
    // Two or more names vouch for each other when one of them stands on its own: "unit and integration
    // tests" (unit tests needs no context), not "application-, development- and web servers" (each needs it).
    const stands = (e: AliasEntry) => !e.requiresContext;
    const vouched = count >= 2 && (formed.some((f) => f.entries.some(stands)) || (anchorOk && anchor !== undefined && anchor.values.some(stands)));
    // A member that names the anchor's own skill again ("Spring, Spring Boot") adds nothing.
    const anchorSkills = new Set(anchorOk && anchor ? anchor.values.map((e) => e.skillId) : []);
    for (const f of formed) {
      const seen = new Set<string>();
      for (const e of f.entries) {
        if (seen.has(e.skillId) || anchorSkills.has(e.skillId) || (e.requiresContext && !vouched)) continue;
        seen.add(e.skillId);
        out.hits.push({ entry: e, k: f.k, len: h + 1 - f.k });
      }
    }
    if (anchorOk && vouched) out.context.add(`${last.s}|${anchorLen}`);
  }
  return out;
}
