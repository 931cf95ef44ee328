import { describe, expect, it } from 'vitest';
import { unprintable } from '../../electron/core/export/pdf/coverage';
import { cjkRegionOf, fallbackStack } from '../../electron/core/export/pdf/fonts';
import { layoutParagraph } from '../../electron/core/export/pdf/paragraph';
import { createPdf } from '../../electron/core/export/pdf/pdf';
import { fontRuns } from '../../electron/core/export/pdf/runs';
import { pdfStreams } from './support/pdf-content';

/** Each run as "face: text". */
function runsOf(text: string): string[] {
  return fontRuns(text, fallbackStack('regular', cjkRegionOf(text))).runs.map((run) => `${run.face.id}: ${text.slice(run.start, run.end)}`);
}

describe('font runs', () => {
  it('keeps spaces and punctuation in the run around them, and switches face only where the script does', () => {
    expect(runsOf('Li, 小龙 (Wei)')).toEqual(['NotoSans-Regular: Li, ', 'NotoSansCJKsc-Regular: 小龙 ', 'NotoSans-Regular: (Wei)']);
    expect(runsOf('محمد علي')).toEqual(['NotoSansArabic-Regular: محمد علي']);
  });

  it('keeps combining marks, ZWJ sequences and variation selectors with their base', () => {
    // e + combining circumflex + combining acute (Vietnamese written decomposed), and a ZWJ emoji sequence.
    expect(runsOf('Nguye\u0302\u0301n')).toEqual(['NotoSans-Regular: Nguye\u0302\u0301n']);
    expect(runsOf('Sam 👩‍🚀 Lee')).toEqual(['NotoSans-Regular: Sam ', 'NotoEmoji-Regular: 👩‍🚀', 'NotoSans-Regular:  Lee']);
    expect(runsOf('क्‍ष')).toEqual(['NotoSansDevanagari-Regular: क्‍ष']);
  });

  it('picks the CJK face by the text: kana Japanese, hangul Korean, traditional-only characters TC, else SC', () => {
    expect(cjkRegionOf('山田 さくら')).toBe('jp');
    expect(cjkRegionOf('김민준')).toBe('kr');
    expect(cjkRegionOf('張偉')).toBe('tc');
    expect(cjkRegionOf('王芳')).toBe('sc');
  });

  it('reports characters no bundled font has, each once', () => {
    expect(unprintable('Ivanova 𓀀 𓀀')).toEqual(['𓀀']);
    expect(unprintable('Nguyễn Thị Minh Khai, Łukasz, Дмитрий, Ψυχή, يحيى, דוד, प्रिया, สมชาย, 李小龙, さくら, 김민준, 🚀')).toEqual([]);
  });
});

describe('paragraph layout', () => {
  it('wraps at spaces, and cuts a word longer than the line between letters instead of running past it', () => {
    const paragraph = layoutParagraph(`Hubert ${'W'.repeat(80)}`, { size: 10 }, 200);
    const lines = paragraph.lines.map((line) => paragraph.text.slice(line.start, line.end));
    expect(lines[0]).toBe('Hubert');
    expect(lines.join('')).toBe(`Hubert${'W'.repeat(80)}`);
    for (const line of paragraph.lines) expect(line.width).toBeLessThanOrEqual(200);
  });

  it('breaks Chinese between characters and resolves a right-to-left paragraph from its first letter', () => {
    const chinese = layoutParagraph('北京大学计算机科学与技术系人工智能研究院', { size: 10 }, 60);
    expect(chinese.lines.length).toBeGreaterThan(1);
    expect(layoutParagraph('سلام 2025', { size: 10 }, 300).levels.paragraphs[0]?.level).toBe(1);
    expect(layoutParagraph('Supervisor at דוד', { size: 10 }, 300).levels.paragraphs[0]?.level).toBe(0);
  });
});

/**
 * The characters of a one-font PDF in the order its glyphs are drawn, left to right: each glyph id of the TJ
 * operators read through the font's ToUnicode map (extractors would reorder the text; this is what the eye sees).
 */
async function drawnLeftToRight(text: string): Promise<string> {
  const pdf = createPdf({ title: 'Drawn order', lang: 'en-US', margin: 36 });
  const paragraph = pdf.layout(text, { size: 10 }, 400);
  pdf.tag(pdf.root, 'P', () => pdf.draw(paragraph, 36, 36, 400));
  const streams = pdfStreams(await pdf.finish());
  const cmap = streams.find((stream) => stream.includes('beginbfrange')) ?? '';
  const unicode = [...(/\[(.*)\]/.exec(cmap)?.[1] ?? '').matchAll(/<([0-9a-f ]+)>/g)].map((entry) =>
    String.fromCharCode(...(entry[1] ?? '').split(' ').map((hex) => parseInt(hex, 16))),
  );
  const glyphs = streams.filter((stream) => stream.includes(' TJ')).flatMap((stream) => [...stream.matchAll(/<([0-9a-f]{4})>/g)]);
  return glyphs.map((glyph) => unicode[parseInt(glyph[1] ?? '', 16)] ?? '?').join('');
}

describe('line spacing', () => {
  it('gives a line of stacked Vietnamese capitals room above it, clear of the descenders of the line before', () => {
    const size = 22;
    const paragraph = layoutParagraph('gyjpq gyjpq gyjpq ẪỖẤỄ ẪỖẤỄ', { size, weight: 'bold' }, 200);
    const [first = null, second = null] = paragraph.lines;
    if (!first || !second) throw new Error('expected two lines');
    expect(paragraph.text.slice(second.start, second.end)).toMatch(/^ẪỖẤỄ/);
    const [latin = null] = fallbackStack('bold', 'sc');
    if (!latin) throw new Error('expected a fallback stack');
    const font = latin.font();
    const inkOf = (text: string) => font.layout(text).glyphs.map((glyph) => glyph.cbox);
    const marksTop = (Math.max(...inkOf('ẪỖẤỄ').map((box) => box.maxY)) / font.unitsPerEm) * size;
    const descender = (-Math.min(...inkOf('gyjpq').map((box) => box.minY)) / font.unitsPerEm) * size;
    // From the first line's baseline down to the second's: its descent, then the second's ascent.
    expect(first.descent + second.ascent).toBeGreaterThan(descender + marksTop);
  });
});

describe('text from before the input rules', () => {
  it('prints without bidi overrides and control characters, so one field cannot reverse the rest of its line', () => {
    const line = layoutParagraph('Supervisor at Evil \u202ECorp, summer internship, Jun–Aug 2025', { size: 10 }, 500);
    expect(line.text).toBe('Supervisor at Evil Corp, summer internship, Jun–Aug 2025');
    expect(line.levels.levels.every((level) => level === 0)).toBe(true);
    expect(layoutParagraph('Nul\u0000name\u2067 Isolated', { size: 10 }, 500).text).toBe('Nulname Isolated');
    // Nothing is refused for a character the page leaves out anyway.
    expect(unprintable('Bell\u0007 \u0085Next')).toEqual([]);
  });
});

describe('drawing', () => {
  it('draws Arabic-Indic and Persian digits left to right, as every number is read, with the spaces around them in place', async () => {
    // fontkit on its own would reverse them: they belong to the Arabic script, which it lays out right to left.
    expect(await drawnLeftToRight('١٢٣')).toBe('١٢٣');
    expect(await drawnLeftToRight('۱۴۰۲')).toBe('۱۴۰۲');
    // In a right-to-left paragraph the words run right to left, the number inside them still left to right.
    expect(await drawnLeftToRight('مكتب ١٢٣')).toBe(`١٢٣ ${[...'مكتب'].reverse().join('')}`);
  });
});
