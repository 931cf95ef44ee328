import type { Font } from 'fontkit';

// pdfkit 0.20 accepts an opened fontkit Font wherever it takes a font file (PDFFontFactory.open checks for
// `layout`), so each file is parsed once per process; @types/pdfkit 0.17 only lists paths and buffers.
//
// `_font` is pdfkit's current embedded font. show-text.ts writes the text operators itself (pdfkit's text() puts
// them in a q/Q of its own, so an ActualText span could not sit inside it: poppler then places the span's text
// with the page's flipped matrix and no font), from glyph runs shaped once per process rather than per document.
// It needs the font's resource name and object, its subset, and the width and ToUnicode maps pdfkit's own encode
// would fill (ToUnicode reversed for right-to-left ligatures).
declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
  namespace PDFKit {
    interface PDFDocument {
      readonly _font: {
        readonly id: string;
        ref(): PDFKitReference;
        /** Advance widths (thousandths of an em) and ToUnicode entries, by subset glyph id. */
        readonly widths: number[];
        readonly unicode: number[][];
        readonly subset: { includeGlyph(glyphId: number): number };
      };
    }
  }
}
