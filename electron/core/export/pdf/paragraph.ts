import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import { cleanLine } from '../../../../shared/text';
import { advanceOf, inkOf } from './font-cache';
import { cjkRegionOf, fallbackStack, type Face, type Weight } from './fonts';
import { fontRuns, type FontRun } from './runs';

export const bidi = bidiFactory();

export interface TextStyle {
  /** Points. */
  size: number;
  weight?: Weight;
  /** Fill colour, e.g. '#444444'. */
  color?: string;
}

/** One wrapped line: text [start, end) with trailing spaces left out, and its vertical metrics in points. */
export interface Line {
  start: number;
  end: number;
  width: number;
  ascent: number;
  descent: number;
}

/** A text laid out for one width: drawn with draw.ts, measured by `height` before it is placed. */
export interface Paragraph {
  text: string;
  style: TextStyle;
  runs: FontRun[];
  levels: EmbeddingLevels;
  lines: Line[];
  height: number;
}

/**
 * Vertical room of a face in em. The fonts' own ascent and descent are for stacked marks in rare words (Noto Sans
 * Arabic: 1.37 + 0.74 em) and would double-space every Arabic line; these caps still leave room for the dots under
 * a final yeh and for a shadda over a tall letter.
 */
const maxAscent = 1.0;
const maxDescent = 0.45;

function faceMetrics(face: Face, size: number): { ascent: number; descent: number } {
  const font = face.font();
  return {
    ascent: Math.min(font.ascent / font.unitsPerEm, maxAscent) * size,
    descent: Math.min(-font.descent / font.unitsPerEm, maxDescent) * size,
  };
}

/** Width in points of text [start, end) as the runs' faces shape it (features [] = the script's required shaping only). */
function measure(text: string, runs: readonly FontRun[], start: number, end: number, size: number): number {
  let width = 0;
  for (const run of runs) {
    const from = Math.max(start, run.start);
    const to = Math.min(end, run.end);
    if (from >= to) continue;
    const font = run.face.font();
    width += (advanceOf(font, text.slice(from, to)) / font.unitsPerEm) * size;
  }
  return width;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Scripts written without spaces between words: a line may break between any two of their letters (or words, for Thai). */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const noBreakBefore = /[\s\p{Pe}\p{Pf}\p{Po}\p{Pd}]/u;
const noBreakAfter = /[\p{Ps}\p{Pi}]/u;

/** Offsets where a line may start: after spaces, after a hyphen, and between words of unspaced scripts. */
function breakOpportunities(text: string): number[] {
  const breaks: number[] = [];
  for (const { index } of words.segment(text)) {
    if (index === 0) continue;
    const lastBefore = [...text.slice(Math.max(0, index - 2), index)].at(-1) ?? '';
    const firstAfter = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const afterSpace = /\s/u.test(lastBefore) && !/\s/u.test(firstAfter);
    const afterHyphen = lastBefore === '-' && /\p{L}/u.test(firstAfter);
    const inUnspaced = (unspaced.test(lastBefore) || unspaced.test(firstAfter)) && !noBreakBefore.test(firstAfter) && !noBreakAfter.test(lastBefore);
    if (afterSpace || afterHyphen || inUnspaced) breaks.push(index);
  }
  return breaks;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The longest run of whole grapheme clusters from `start` that fits `width` (at least one, so layout always advances). */
function fittingClusters(text: string, runs: readonly FontRun[], start: number, end: number, size: number, width: number): number {
  let fits = start;
  for (const { segment, index } of graphemes.segment(text.slice(start, end))) {
    const next = start + index + segment.length;
    if (fits > start && measure(text, runs, start, next, size) > width) break;
    fits = next;
  }
  return fits;
}

/** Greedy line filling; a word wider than the line (a long surname, an e-mail address) is cut between letters. */
function wrap(text: string, runs: readonly FontRun[], size: number, width: number): Array<{ start: number; end: number }> {
  // Each unit (a word and the spaces after it) is shaped once: with and without its trailing spaces.
  const stops = [0, ...breakOpportunities(text), text.length];
  const units = stops.slice(1).map((end, i) => {
    const start = stops[i] ?? 0;
    const trimmed = trimEnd(text, start, end);
    const inked = measure(text, runs, start, trimmed, size);
    return { start, end, trimmed, inked, full: inked + measure(text, runs, trimmed, end, size) };
  });
  const lines: Array<{ start: number; end: number }> = [];
  let line: { start: number; end: number; advance: number } | null = null;
  for (const unit of units) {
    if (line && line.advance + unit.inked <= width) {
      line.end = unit.trimmed;
      line.advance += unit.full;
      continue;
    }
    if (line) lines.push({ start: line.start, end: line.end });
    line = null;
    let start = unit.start;
    // A unit wider than the line alone is cut between grapheme clusters until the rest fits.
    while (measure(text, runs, start, unit.trimmed, size) > width) {
      const end = fittingClusters(text, runs, start, unit.trimmed, size, width);
      lines.push({ start, end });
      start = end;
    }
    if (start < unit.trimmed) line = { start, end: unit.trimmed, advance: measure(text, runs, start, unit.end, size) };
  }
  if (line) lines.push({ start: line.start, end: line.end });
  return lines.filter((candidate) => candidate.end > candidate.start);
}

/**
 * The text a paragraph prints: one line, without the control characters and bidi overrides/isolates that every form
 * and import drops on the way in (shared/text.ts). A record stored before that rule, or restored from an old backup,
 * could otherwise carry a U+202E that reverses the rest of a composed line ("Supervisor at <organisation>, summer
 * internship, Jun–Aug 2025") on the page an employer reads.
 */
export function printedText(text: string): string {
  return cleanLine(text).trim();
}

/**
 * Lays a single paragraph out for a width: a face per character down the fallback stack, bidi levels resolved once for
 * the whole paragraph (its direction from its first strong letter), then lines. Characters no face has are left out
 * here; callers check with assertPrintable first.
 */
export function layoutParagraph(text: string, style: TextStyle, width: number): Paragraph {
  const clean = printedText(text);
  const stack = fallbackStack(style.weight ?? 'regular', cjkRegionOf(clean));
  const { runs } = fontRuns(clean, stack);
  const levels = bidi.getEmbeddingLevels(clean);
  const lines = wrap(clean, runs, style.size, width).map(({ start, end }) => {
    const used = runs.filter((run) => run.start < end && run.end > start);
    const metrics = (used.length > 0 ? used : runs.slice(0, 1)).map((run) => faceMetrics(run.face, style.size));
    // A line whose ink reaches past the capped metrics (stacked Vietnamese accents over a capital) gets the room it
    // needs, so its marks never touch the descenders of the line above.
    const inks = used.map((run) => {
      const font = run.face.font();
      const ink = inkOf(font, clean.slice(Math.max(start, run.start), Math.min(end, run.end)));
      return { ascent: (ink.top / font.unitsPerEm) * style.size, descent: (ink.bottom / font.unitsPerEm) * style.size };
    });
    const room = [...metrics, ...inks];
    return {
      start,
      end,
      width: measure(clean, runs, start, end, style.size),
      ascent: Math.max(style.size, ...room.map((metric) => metric.ascent)),
      descent: Math.max(style.size * 0.25, ...room.map((metric) => metric.descent)),
    };
  });
  const height = lines.reduce((sum, line) => sum + line.ascent + line.descent, 0);
  return { text: clean, style, runs, levels, lines, height };
}
