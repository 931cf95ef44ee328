import { hasGlyph } from './font-cache';
import type { Face } from './fonts';

/** A stretch of text [start, end) (UTF-16 offsets) drawn with one face. */
export interface FontRun {
  start: number;
  end: number;
  face: Face;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Spaces and punctuation: they stay in the run around them when its face has them, so a run is not cut per space. */
const neutral = /^[\p{Z}\p{P}\s]+$/u;
const opening = /^[\p{Ps}\p{Pi}]$/u;
/** Invisible format characters (joiners, marks, variation selectors): a face needs no glyph for them. */
const ignorable = /^\p{Default_Ignorable_Code_Point}$/u;

function needs(cluster: string): number[] {
  return [...cluster].filter((char) => !ignorable.test(char)).map((char) => char.codePointAt(0) ?? 0);
}

function covers(face: Face, codePoints: number[]): boolean {
  const font = face.font();
  return codePoints.every((codePoint) => hasGlyph(font, codePoint));
}

/**
 * Characters that make a grapheme cluster longer than one code point: marks (incl. spacing marks), joiners,
 * variation selectors and tags, Thai/Lao AM, Hangul jamo, emoji modifiers and flags. Text without any (most names
 * and titles) is split per code point, which is what the grapheme segmenter would do, several times faster.
 */
const extendsCluster =
  /[\p{M}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

function clustersOf(text: string): Iterable<{ segment: string; index: number }> {
  if (extendsCluster.test(text)) return graphemes.segment(text);
  const clusters: Array<{ segment: string; index: number }> = [];
  let index = 0;
  for (const segment of text) {
    clusters.push({ segment, index });
    index += segment.length;
  }
  return clusters;
}

interface Cluster {
  start: number;
  end: number;
  text: string;
  codePoints: number[];
  face: Face | null;
}

/**
 * Splits a text into runs of one face, choosing per grapheme cluster the first face of the stack that has every
 * character of it, so a combining mark, a ZWJ/ZWNJ or a variation selector always stays with its base. Clusters no
 * face covers are returned in `missing` (each once) and left out of the runs.
 */
export function fontRuns(text: string, stack: readonly Face[]): { runs: FontRun[]; missing: string[] } {
  const clusters: Cluster[] = [];
  for (const { segment, index } of clustersOf(text)) {
    const codePoints = needs(segment);
    const face = neutral.test(segment) ? null : (stack.find((candidate) => covers(candidate, codePoints)) ?? null);
    clusters.push({ start: index, end: index + segment.length, text: segment, codePoints, face });
  }
  const missing = new Set<string>();
  // Neutral clusters join the run before them (opening ones the run after), else the other, else the first face that has them.
  clusters.forEach((cluster, i) => {
    if (cluster.face || !neutral.test(cluster.text)) return;
    const before = clusters[i - 1]?.face;
    const after = clusters.slice(i + 1).find((next) => next.face !== null)?.face;
    // An opening bracket or quote belongs to what it opens.
    const order = opening.test(cluster.text) ? [after, before] : [before, after];
    const neighbours = order.filter((face): face is Face => face !== undefined && face !== null && face.carriesPunctuation);
    cluster.face = [...neighbours, ...stack].find((face) => covers(face, cluster.codePoints)) ?? null;
  });
  const runs: FontRun[] = [];
  for (const cluster of clusters) {
    if (!cluster.face) {
      missing.add(cluster.text);
      continue;
    }
    const last = runs.at(-1);
    if (last && last.face.id === cluster.face.id && last.end === cluster.start) last.end = cluster.end;
    else runs.push({ start: cluster.start, end: cluster.end, face: cluster.face });
  }
  return { runs, missing: [...missing] };
}
