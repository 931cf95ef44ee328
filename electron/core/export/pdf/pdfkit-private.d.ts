import type { Font } from 'fontkit';

// pdfkit 0.20 accepts an opened fontkit Font wherever it takes a font file (PDFFontFactory.open checks for
// `layout`), so each file is parsed once per process; @types/pdfkit 0.17 only lists paths and buffers.
//
// `_font` is pdfkit's current embedded font. show-text.ts writes the text operators itself (pdfkit's text() puts
// them in a q/Q of its own, so an ActualText span could not sit inside it: poppler then places the span's text
// with the page's flipped matrix and no font). It needs the font's resource name and object, its glyph encoder,
// and its ToUnicode map (`unicode`, by subset glyph id), which show-text.ts fills reversed for right-to-left ligatures.
declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
  namespace PDFKit {
    /** A glyph's placement in thousandths of the font size, as pdfkit's EmbeddedFont.encode returns it. */
    interface GlyphPosition {
      xAdvance: number;
      yAdvance: number;
      xOffset: number;
      yOffset: number;
      advanceWidth: number;
    }
    interface PDFDocument {
      readonly _font: {
        readonly id: string;
        ref(): PDFKitReference;
        /** Hex subset glyph ids and their positions; adds the glyphs to the subset and fills widths and ToUnicode. */
        encode(text: string, features: string[]): [string[], GlyphPosition[]];
        readonly unicode: number[][];
        readonly subset: { includeGlyph(glyphId: number): number };
      };
    }
  }
}
