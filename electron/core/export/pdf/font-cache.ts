import type { Font, GlyphRun } from 'fontkit';

/**
 * What fontkit answers about a font, remembered for the process: a ZIP of thousands of reference lists shapes the
 * same labels, titles and organisations again and again, and shaping is most of a PDF's time. Bounded: a map that
 * grows past `limit` entries starts again.
 */
const limit = 50_000;
const runs = new WeakMap<Font, Map<string, GlyphRun>>();
const glyphs = new WeakMap<Font, Map<number, boolean>>();
const inks = new WeakMap<Font, Map<string, Ink>>();

/** How far a text's glyphs reach above and below the baseline, in font units (both positive). */
export interface Ink {
  top: number;
  bottom: number;
}

function memo<K, V>(store: WeakMap<Font, Map<K, V>>, font: Font, key: K, compute: () => V): V {
  let map = store.get(font);
  if (!map || map.size > limit) {
    map = new Map();
    store.set(font, map);
  }
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}

/**
 * A text shaped with the script's required features only (joining, reordering, marks), as it is measured and drawn.
 * `direction` is the bidi algorithm's, for drawing: fontkit's own guess from the first letter would reverse Arabic-Indic
 * digits (Script=Arabic) in a left-to-right number. Measuring leaves it out; the advance is the same either way.
 */
export function glyphRunOf(font: Font, text: string, direction?: 'ltr' | 'rtl'): GlyphRun {
  return memo(runs, font, `${direction ?? 'auto'}:${text}`, () => font.layout(text, [], undefined, undefined, direction));
}

/** Advance width of a text in font units. */
export function advanceOf(font: Font, text: string): number {
  return glyphRunOf(font, text).advanceWidth;
}

export function hasGlyph(font: Font, codePoint: number): boolean {
  return memo(glyphs, font, codePoint, () => font.hasGlyphForCodePoint(codePoint));
}

/** The ink of a shaped text, marks where shaping put them: Vietnamese stacked accents over a capital, dots under a yeh. */
export function inkOf(font: Font, text: string): Ink {
  return memo(inks, font, text, () => {
    const run = glyphRunOf(font, text);
    const ink = { top: 0, bottom: 0 };
    run.glyphs.forEach((glyph, i) => {
      const lift = run.positions[i]?.yOffset ?? 0;
      ink.top = Math.max(ink.top, glyph.cbox.maxY + lift);
      ink.bottom = Math.max(ink.bottom, -(glyph.cbox.minY + lift));
    });
    return ink;
  });
}
