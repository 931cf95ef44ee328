import type { Font } from 'fontkit';
import { glyphRunOf } from './font-cache';

const number = (value: number) => String(Math.round(value * 1000) / 1000);

export interface ShowTextOptions {
  size: number;
  /** The characters as stored, for an ActualText span (left-to-right runs); right-to-left runs get reversed ligatures instead. */
  actual: string | null;
  /** The run's direction from the bidi levels: a right-to-left run is shaped and then reversed into visual order. */
  rightToLeft: boolean;
  /** Fill and outline the glyphs (bold imitated for faces without a bold file). */
  stroke: boolean;
  /** The fontkit font behind the document's current font. */
  font: Font;
}

/**
 * Shows one run in the document's current font with its baseline at (x, baseline) in pdfkit's top-down page
 * coordinates, shaped by fontkit with only the script's required features. Returns the advance in points.
 */
export function showText(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, options: ShowTextOptions): number {
  const current = doc._font;
  const fonts: Record<string, PDFKit.PDFKitReference> = doc.page.fonts;
  fonts[current.id] ??= current.ref();
  const { font, size } = options;
  const run = glyphRunOf(font, text, options.rightToLeft ? 'rtl' : 'ltr');
  // pdfkit's encode, from the shared shaping cache: each glyph joins the subset with its width and ToUnicode entry.
  // A text extractor reads a right-to-left line backwards, which would turn a ligature's "لا" into "ال": in a
  // right-to-left run a multi-character glyph's entry is stored reversed.
  const glyphs = run.glyphs.map((glyph) => {
    const subsetId = current.subset.includeGlyph(glyph.id);
    current.widths[subsetId] ??= (glyph.advanceWidth * 1000) / font.unitsPerEm;
    current.unicode[subsetId] ??= options.rightToLeft && glyph.codePoints.length > 1 ? [...glyph.codePoints].reverse() : glyph.codePoints;
    return subsetId.toString(16).padStart(4, '0');
  });
  const positions = run.positions;
  const scale = size / font.unitsPerEm;
  const y = doc.page.height - baseline;

  doc.save();
  // pdfkit's pages are flipped to run top-down; text is written in PDF's own bottom-up space, as pdfkit's text() does.
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  doc.addContent('BT');
  doc.addContent(`/${current.id} ${number(size)} Tf`);
  if (options.stroke) doc.addContent('2 Tr');
  if (options.actual !== null) doc.markContent('Span', { actual: options.actual });
  let pen = x;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) doc.addContent(`[${pending.join(' ')}] TJ`);
    pending = [];
  };
  let moved = true;
  glyphs.forEach((glyph, i) => {
    const position = positions[i];
    if (!position) return;
    // Marks (Arabic dots and vowels, Devanagari matras, Vietnamese tones) sit at an offset: each gets its own Tm.
    if (moved || position.xOffset !== 0 || position.yOffset !== 0) {
      flush();
      doc.addContent(`1 0 0 1 ${number(pen + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`);
    }
    pending.push(`<${glyph}>`);
    const kerning = ((position.xAdvance - (run.glyphs[i]?.advanceWidth ?? 0)) * 1000) / font.unitsPerEm;
    moved = position.xOffset !== 0 || position.yOffset !== 0 || position.yAdvance !== 0;
    if (kerning !== 0 && !moved) pending.push(number(-kerning));
    pen += position.xAdvance * scale;
  });
  flush();
  if (options.actual !== null) doc.endMarkedContent();
  doc.addContent('ET');
  doc.restore();
  return pen - x;
}
