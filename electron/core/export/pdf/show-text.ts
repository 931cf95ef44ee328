import type { Font } from 'fontkit';

const number = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * A text extractor reads a right-to-left line's characters backwards, which would turn a ligature's "لا" into "ال":
 * the ToUnicode entry of each multi-character glyph of a right-to-left run is stored reversed. Set before encode,
 * which only fills entries that are still empty.
 */
function reverseLigatureUnicode(doc: PDFKit.PDFDocument, font: Font, text: string): void {
  for (const glyph of font.layout(text, []).glyphs) {
    if (glyph.codePoints.length < 2) continue;
    const subsetId = doc._font.subset.includeGlyph(glyph.id);
    doc._font.unicode[subsetId] ??= [...glyph.codePoints].reverse();
  }
}

export interface ShowTextOptions {
  size: number;
  /** The characters as stored, for an ActualText span (left-to-right runs); right-to-left runs get reversed ligatures instead. */
  actual: string | null;
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
  if (options.actual === null) reverseLigatureUnicode(doc, options.font, text);
  const [glyphs, positions] = current.encode(text, []);
  const scale = options.size / 1000;
  const y = doc.page.height - baseline;

  doc.save();
  // pdfkit's pages are flipped to run top-down; text is written in PDF's own bottom-up space, as pdfkit's text() does.
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  doc.addContent('BT');
  doc.addContent(`/${current.id} ${number(options.size)} Tf`);
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
    const kerning = position.xAdvance - position.advanceWidth;
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
