// fontkit ships no type declarations; these cover only what the PDF stack uses (fontkit 2.0.4).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    /** The characters this glyph stands for, in logical order (several for a ligature such as lam-alef). */
    codePoints: number[];
    advanceWidth: number;
    /** Control box in font units: for TrueType the glyph header's bounds, read without decoding the outline. */
    cbox: { minY: number; maxY: number };
  }

  /** Where a glyph goes, in font units; a mark is offset from the pen, which does not move for it. */
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
    /** The direction fontkit shaped in: the script's own unless told otherwise. */
    direction: 'ltr' | 'rtl';
  }

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /**
     * An empty feature list still applies the script's required shaping (joining, reordering); it lays out the whole
     * string at once. Without `direction` it takes the direction of the string's first script-specific character, and
     * a right-to-left run comes back reversed (glyphs in visual order).
     */
    layout(text: string, features?: string[], script?: string, language?: string, direction?: 'ltr' | 'rtl'): GlyphRun;
  }

  /** For a collection (.ttc) the second argument picks the face by PostScript name. */
  export function openSync(path: string, postscriptName?: string): Font;
}
