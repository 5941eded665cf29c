/**
 * The font facts (bold, icon font) of each page's text items, by pdf.js
 * font id: read from the PDF's font resources by `PdfFontTracker`
 * (pdf-fonts.ts), checked against pdf.js on every page, and only where that
 * fails from pdf.js's operator list, which sends the fonts themselves at
 * about a third of the text's cost.
 */
import { factsOfFontName, PdfFontTracker, type FontFact } from "./pdf-fonts.js";
import type { GlyphSink } from "./pdf-glyph-text.js";

/** The text of a page's drawn glyphs from the font replay; `guessed`: indexes of glyphs whose text is a guess (pdf-glyph-text.ts). */
export interface DrawnGlyphs {
  glyphs: string[];
  guessed: ReadonlySet<number>;
}
import { yieldToLoop } from "./pdf-runtime.js";

/** The parts of a pdf.js page this module uses. */
export interface FontFactsPage {
  getOperatorList(params?: Record<string, unknown>): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/** The parts of pdf.js's text content this module uses. */
export interface FontFactsText {
  styles: Record<string, { fontFamily?: string }>;
}

/** How a document's font facts were read, for tests and the bench. */
export interface FontFactsStats {
  /** Pages whose facts came from the font resources. */
  resourcePages: number;
  /** Pages whose facts came from pdf.js's operator list. */
  operatorListPages: number;
}

const NO_FACT: FontFact = Object.freeze({ bold: false, icon: false });

/** Reads the font facts of one document's pages, in page order. */
export class PdfFontFacts {
  private tracker: PdfFontTracker | null | undefined;
  private nextPage = 1;
  private glyphs: { page: number; drawn: DrawnGlyphs } | null = null;
  readonly stats: FontFactsStats = { resourcePages: 0, operatorListPages: 0 };

  /**
   * `enabled: false` (the `fontStyles: false` option) reads no fonts: facts
   * then come from the text content's font family alone. `glyphText`: also
   * collect each page's drawn glyph text while its fonts are replayed
   * (`drawnGlyphs`; for drawn soft hyphens).
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly enabled: boolean,
    private readonly glyphText = false,
  ) {}

  /**
   * The text of every glyph page `n` draws, in content order, as pdf.js's
   * operator list gives it (pdf-glyph-text.ts); null when the replay did not
   * give it (the page's facts did not come from the resources, or a font's
   * glyph text is not known): ask the operator list then.
   */
  drawnGlyphs(n: number): DrawnGlyphs | null {
    return this.glyphs !== null && this.glyphs.page === n ? this.glyphs.drawn : null;
  }

  /**
   * The facts of every font of page `n`'s text. Call it for every page pdf.js
   * read, in order (a page skipped ends the resource reading: the fonts'
   * ids depend on every page before).
   */
  async factsOfPage(page: FontFactsPage, tc: FontFactsText, n: number): Promise<Map<string, FontFact>> {
    const ids = Object.keys(tc.styles);
    if (!this.enabled) return this.byFamily(tc, ids, () => NO_FACT);
    if (this.tracker === undefined) this.tracker = PdfFontTracker.open(this.bytes);
    this.glyphs = null;
    if (this.tracker && n === this.nextPage) {
      this.nextPage++;
      const sink: GlyphSink | null = this.glyphText ? { glyphs: [], guessed: [], ok: true } : null;
      const shown = this.tracker.replayPage(n, sink);
      if (shown && PdfFontTracker.agrees(ids, shown)) {
        const tracker = this.tracker;
        this.stats.resourcePages++;
        if (sink?.ok) this.glyphs = { page: n, drawn: { glyphs: sink.glyphs, guessed: new Set(sink.guessed) } };
        return this.byFamily(tc, ids, (id) => tracker.fact(id) ?? NO_FACT);
      }
    }
    // In doubt from here on: pdf.js's ids can no longer be followed.
    this.tracker = null;
    if (ids.length === 0) return new Map();
    if (!fontsKnown(page, ids)) {
      this.stats.operatorListPages++;
      try {
        await page.getOperatorList();
      } catch {
        /* fonts unknown: no facts */
      }
      // One turn of the event loop, so a deadline can fire between pdf.js calls (see pdf.ts).
      await yieldToLoop();
    }
    return this.byFamily(tc, ids, (id) => operatorListFact(page, id));
  }

  /** pdf.js's operator list was read outside this class (it may have loaded fonts): later pages' facts come from pdf.js. */
  untracked(): void {
    this.tracker = null;
  }

  /** Marks page `n` as not read by pdf.js (its fonts are unknown): the resource reading stops. */
  skipped(n: number): void {
    if (n >= this.nextPage) this.tracker = null;
  }

  private byFamily(tc: FontFactsText, ids: readonly string[], fact: (id: string) => FontFact): Map<string, FontFact> {
    const out = new Map<string, FontFact>();
    for (const id of ids) {
      const f = fact(id);
      const family = tc.styles[id]?.fontFamily ?? "";
      out.set(id, /bold/iu.test(family) && !f.bold ? { bold: true, icon: f.icon } : f);
    }
    return out;
  }
}

/** True when every font of the page's text is already resolved (an earlier page's operator list sent it). */
function fontsKnown(page: FontFactsPage, ids: readonly string[]): boolean {
  try {
    for (const id of ids) if (!page.commonObjs.has(id)) return false;
    return true;
  } catch {
    return false;
  }
}

/** A font's facts from the font object pdf.js's operator list sent (its name, and its bold flags for a standard font). */
function operatorListFact(page: FontFactsPage, id: string): FontFact {
  try {
    if (!page.commonObjs.has(id)) return NO_FACT;
    const f = page.commonObjs.get(id) as { name?: unknown; bold?: unknown; black?: unknown } | null;
    if (!f || typeof f.name !== "string") return NO_FACT;
    return factsOfFontName(f.bold === true || f.black === true ? `${f.name}-Bold` : f.name);
  } catch {
    return NO_FACT;
  }
}
