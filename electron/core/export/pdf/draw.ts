import type { Face } from './fonts';
import { bidi, type Line, type Paragraph } from './paragraph';
import { showText } from './show-text';

/** A piece of one line in visual order: logical text [start, end) of one face and one bidi level. */
interface VisualRun {
  start: number;
  end: number;
  face: Face;
  rightToLeft: boolean;
}

function faceAt(paragraph: Paragraph, index: number): Face | undefined {
  return paragraph.runs.find((run) => run.start <= index && index < run.end)?.face;
}

/** Bidi rule L2 on one line: its characters in visual order, grouped into runs that are contiguous in the text. */
function visualRuns(paragraph: Paragraph, line: Line): VisualRun[] {
  // bidi-js returns the whole text's indices with only this line's segments flipped: the line is its slice.
  const order = bidi.getReorderedIndices(paragraph.text, paragraph.levels, line.start, line.end - 1).slice(line.start, line.end);
  const runs: VisualRun[] = [];
  for (const index of order) {
    const face = faceAt(paragraph, index);
    if (!face) continue;
    const rightToLeft = (paragraph.levels.levels[index] ?? 0) % 2 === 1;
    const last = runs.at(-1);
    if (last && last.face.id === face.id && last.rightToLeft === rightToLeft && (rightToLeft ? index === last.start - 1 : index === last.end)) {
      if (rightToLeft) last.start = index;
      else last.end = index + 1;
    } else {
      runs.push({ start: index, end: index + 1, face, rightToLeft });
    }
  }
  return runs;
}

/** A right-to-left run shows each bracket mirrored (bidi rule L4); fontkit then shapes it and reverses it. */
function mirrored(text: string): string {
  return [...text].map((char) => bidi.getMirroredCharacter(char) ?? char).join('');
}

export type Align = 'left' | 'center' | 'right';

/** Draws one face's run at a baseline; returns its width. */
function drawRun(doc: PDFKit.PDFDocument, paragraph: Paragraph, run: VisualRun, x: number, baseline: number, register: (face: Face) => void): number {
  const { size, weight, color = '#000000' } = paragraph.style;
  const logical = paragraph.text.slice(run.start, run.end);
  register(run.face);
  doc.font(run.face.id).fillColor(color);
  // No bold file for this face (CJK, emoji): a thin outline in the text colour thickens the strokes.
  const stroke = weight === 'bold' && run.face.strokeForBold;
  if (stroke) doc.lineWidth(size * 0.035).strokeColor(color);
  const options = { size, stroke, font: run.face.font(), rightToLeft: run.rightToLeft };
  // Left to right, ActualText keeps the characters as stored whatever order the glyphs took (Devanagari's i-matra is drawn first).
  if (run.rightToLeft) return showText(doc, mirrored(logical), x, baseline, { ...options, actual: null });
  return showText(doc, logical, x, baseline, { ...options, actual: logical });
}

/** Draws a laid-out paragraph with its top-left corner at (x, y) in a box `width` wide. */
export function drawParagraph(
  doc: PDFKit.PDFDocument,
  paragraph: Paragraph,
  box: { x: number; y: number; width: number; align?: Align },
  register: (face: Face) => void,
): void {
  let top = box.y;
  for (const line of paragraph.lines) {
    const free = box.width - line.width;
    let x = box.x + (box.align === 'center' ? free / 2 : box.align === 'right' ? free : 0);
    const baseline = top + line.ascent;
    for (const run of visualRuns(paragraph, line)) x += drawRun(doc, paragraph, run, x, baseline, register);
    top += line.ascent + line.descent;
  }
}
