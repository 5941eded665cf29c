/**
 * Counts the work a synchronous function does, instead of timing it: while
 * `fn` runs, the string, regex and array built-ins it calls are wrapped to
 * add up the characters or elements each call may touch (a failed search:
 * the rest of the string; a match: up to its end; a slice: its length; one
 * per charCodeAt or iterator step). The count depends only on the input, so a
 * linear-time check built on it cannot flake on a busy machine, and a
 * quadratic loop shows as a 16× count for a 4× input.
 *
 * Not counted: backtracking inside one regex match, and loops that only read
 * `s[i]` or do arithmetic (their cost is still counted wherever they call a
 * built-in per step). The speed bench covers wall time.
 */

type AnyFn = (...args: unknown[]) => unknown;

interface Patch {
  target: object;
  key: PropertyKey;
  original: AnyFn;
}

let count = 0;

function len(x: unknown): number {
  return typeof x === "string" || Array.isArray(x) ? x.length : 0;
}

/** Cost of one call of a string/array method, from its receiver, arguments and result. */
type Cost = (self: unknown, args: unknown[], result: unknown) => number;

const linear: Cost = (self) => len(self) + 1;
const one: Cost = () => 1;
const resultLength: Cost = (_self, _args, result) => len(result) + 1;

/** indexOf-like: from the start position to the hit (or to the end when not found). */
const search =
  (backwards: boolean): Cost =>
  (self, args, result) => {
    const n = len(self);
    const from = typeof args[1] === "number" ? Math.max(0, Math.min(n, args[1])) : backwards ? n : 0;
    if (typeof result === "number" && result >= 0) return Math.abs(result - from) + len(args[0]) + 1;
    return (backwards ? from : n - from) + 1;
  };

const STRING_COSTS: Record<string, Cost> = {
  indexOf: search(false),
  lastIndexOf: search(true),
  includes: (self, args) => len(self) - (typeof args[1] === "number" ? args[1] : 0) + 1,
  startsWith: (_s, args) => len(args[0]) + 1,
  endsWith: (_s, args) => len(args[0]) + 1,
  slice: resultLength,
  substring: resultLength,
  substr: resultLength,
  split: linear,
  replace: linear,
  replaceAll: linear,
  toLowerCase: linear,
  toUpperCase: linear,
  toLocaleLowerCase: linear,
  toLocaleUpperCase: linear,
  normalize: linear,
  trim: linear,
  trimStart: linear,
  trimEnd: linear,
  concat: resultLength,
  repeat: resultLength,
  padStart: resultLength,
  padEnd: resultLength,
  localeCompare: (self, args) => Math.min(len(self), len(args[0])) + 1,
  charCodeAt: one,
  codePointAt: one,
  charAt: one,
  at: one,
};

const ARRAY_COSTS: Record<string, Cost> = Object.fromEntries(
  ["indexOf", "lastIndexOf", "includes", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "filter", "map", "forEach", "reduce", "reduceRight", "join", "slice", "splice", "concat", "shift", "unshift", "fill", "reverse", "flat", "flatMap", "sort", "toSorted", "toReversed"].map((k) => [
    k,
    k === "sort" || k === "toSorted" ? (self: unknown) => Math.ceil(len(self) * Math.log2(len(self) + 2)) + 1 : linear,
  ]),
);
ARRAY_COSTS.push = one;
ARRAY_COSTS.pop = one;

/** Cost of one `RegExp.prototype.exec` (every regex method goes through it once it is replaced). */
function execCost(re: RegExp, subject: string, startAt: number, result: RegExpExecArray | null): number {
  const anchored = re.sticky || (re.source.startsWith("^") && !re.multiline);
  if (result) return result.index + result[0].length - (anchored ? result.index : startAt) + 1;
  return anchored ? 1 : subject.length - startAt + 1;
}

function patchAll(): Patch[] {
  const patches: Patch[] = [];
  const wrap = (target: object, key: string, cost: Cost): void => {
    const original = (target as Record<string, unknown>)[key];
    if (typeof original !== "function") return;
    const fn = original as AnyFn;
    patches.push({ target, key, original: fn });
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const result = Reflect.apply(fn, this, args);
      count += cost(this, args, result);
      return result;
    };
    Object.defineProperty(target, key, { value: wrapped, writable: true, configurable: true, enumerable: false });
  };
  for (const [k, c] of Object.entries(STRING_COSTS)) wrap(String.prototype, k, c);
  for (const [k, c] of Object.entries(ARRAY_COSTS)) wrap(Array.prototype, k, c);
  const stringIterator = Object.getPrototypeOf(""[Symbol.iterator]()) as object;
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as object;
  wrap(stringIterator, "next", one);
  wrap(arrayIterator, "next", one);

  const exec = RegExp.prototype.exec;
  patches.push({ target: RegExp.prototype, key: "exec", original: exec as AnyFn });
  Object.defineProperty(RegExp.prototype, "exec", {
    value: function (this: RegExp, s: string): RegExpExecArray | null {
      const subject = String(s);
      const startAt = this.global || this.sticky ? this.lastIndex : 0;
      const result = Reflect.apply(exec, this, [subject]) as RegExpExecArray | null;
      count += execCost(this, subject, startAt, result);
      return result;
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return patches;
}

/** The work `fn()` does, in the units above. `fn` must be synchronous. */
export function countWork(fn: () => unknown): number {
  count = 0;
  const patches = patchAll();
  try {
    fn();
  } finally {
    for (const p of patches.reverse()) Object.defineProperty(p.target, p.key, { value: p.original, writable: true, configurable: true, enumerable: false });
  }
  return count;
}
