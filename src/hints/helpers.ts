/**
 * Helpers a rule can ask for in `meta.needs`, loaded lazily: only when a rule
 * that needs one is on, once per process. `nlp` is compromise (a part-of-speech
 * tagger); nothing imports it until such a rule runs.
 */

/** compromise's entry function, as rules use it. */
export type Nlp = typeof import("compromise").default;

/** The loaded helpers a rule may use (each present when the rule named it in `meta.needs`). */
export interface Helpers {
  nlp?: Nlp;
}

/** Names a rule can put in `meta.needs`. */
export type HelperName = keyof Helpers;

/** What each helper is, for the docs. */
export const HELPERS: { readonly [K in HelperName]-?: string } = {
  nlp: "compromise (a part-of-speech tagger)",
};

const LOADERS: { readonly [K in HelperName]-?: () => Promise<NonNullable<Helpers[K]>> } = {
  nlp: async () => {
    const m = (await import("compromise")) as unknown as { default?: Nlp };
    return (m.default ?? m) as Nlp;
  },
};

const loaded = new Map<HelperName, Promise<unknown>>();

/** Loads the named helpers (each once per process) and returns them. */
export async function loadHelpers(names: Iterable<HelperName>): Promise<Helpers> {
  const out: Helpers = {};
  for (const name of new Set(names)) {
    let p = loaded.get(name);
    if (!p) {
      p = LOADERS[name]();
      loaded.set(name, p);
      p.catch(() => loaded.delete(name));
    }
    (out as Record<string, unknown>)[name] = await p;
  }
  return out;
}

/** True when the helper has been loaded in this process (tests check that nothing loads what no rule needs). */
export function helperLoaded(name: HelperName): boolean {
  return loaded.has(name);
}
