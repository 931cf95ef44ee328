import { join } from 'node:path';
import { openSync, type Font } from 'fontkit';
import { sourceFontsFolder } from '../../paths';

export type Weight = 'regular' | 'bold';

/** One font face of the fallback stack. `font()` opens the file on first use; every PDF of the process shares it. */
export interface Face {
  /** Unique per face and weight: the name the face is registered under in each PDF. */
  id: string;
  font: () => Font;
  /** No bold file exists for it (CJK, emoji): bold is imitated with a thin outline of the glyphs. */
  strokeForBold: boolean;
  /** Spaces and punctuation next to its characters may be drawn with it; false for emoji, whose space is an emoji wide. */
  carriesPunctuation: boolean;
}

/**
 * Families with a Regular and a Bold file in resources/fonts, tried in this order. NotoSans covers Latin (with
 * Vietnamese), Cyrillic and Greek; each other family one script, so the order among them does not matter.
 */
const scriptFamilies = [
  'NotoSans',
  'NotoSansArabic',
  'NotoSansHebrew',
  'NotoSansDevanagari',
  'NotoSansThai',
  'NotoSansBengali',
  'NotoSansTamil',
  'NotoSansTelugu',
  'NotoSansGujarati',
  'NotoSansGurmukhi',
  'NotoSansKannada',
  'NotoSansMalayalam',
  'NotoSansOriya',
  'NotoSansArmenian',
  'NotoSansGeorgian',
  'NotoSansKhmer',
  'NotoSansLao',
  'NotoSansMyanmar',
  'NotoSansThaana',
];

/** The four regional faces in NotoSansCJK-Regular.ttc: the same characters, drawn as each region writes them. */
export type CjkRegion = 'sc' | 'tc' | 'jp' | 'kr';

let folder = sourceFontsFolder;
const opened = new Map<string, Font>();

/** Where the font files are: resources/fonts from source (the default), process.resourcesPath/fonts when packaged. */
export function useFontFolder(path: string): void {
  if (path === folder) return;
  folder = path;
  opened.clear();
}

function face(id: string, file: string, options: { postscriptName?: string; strokeForBold?: boolean; carriesPunctuation?: boolean } = {}): Face {
  const key = `${file}#${options.postscriptName ?? ''}`;
  const font = () => {
    let found = opened.get(key);
    if (!found) {
      found = openSync(join(folder, file), options.postscriptName);
      opened.set(key, found);
    }
    return found;
  };
  return { id, font, strokeForBold: options.strokeForBold ?? false, carriesPunctuation: options.carriesPunctuation ?? true };
}

/** The faces tried, in order, for each character of a text drawn in this weight. */
export function fallbackStack(weight: Weight, cjk: CjkRegion): Face[] {
  const style = weight === 'bold' ? 'Bold' : 'Regular';
  const fakeBold = weight === 'bold';
  return [
    ...scriptFamilies.map((family) => face(`${family}-${style}`, `${family}-${style}.ttf`)),
    face(`NotoSansCJK${cjk}-${style}`, 'NotoSansCJK-Regular.ttc', { postscriptName: `NotoSansCJK${cjk}-Regular`, strokeForBold: fakeBold }),
    face(`NotoEmoji-${style}`, 'NotoEmoji-Regular.woff', { strokeForBold: fakeBold, carriesPunctuation: false }),
  ];
}

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const hangul = /\p{Script=Hangul}/u;
/**
 * Common characters written only in traditional Chinese (their simplified forms differ), frequent in Taiwanese and
 * Hong Kong names and organisations. A cheap test, not a classifier: text without any of them is drawn as
 * simplified, whose glyphs differ from the traditional face only in small details.
 */
const traditionalOnly = /[張陳黃劉吳楊許鄭謝賴葉蘇莊呂蕭羅鍾馮蔣韓鄧趙錢孫偉華國龍鳳麗儀誠發傑瑩穎賢東學會書長開電們個來說時過對這還點關門問間車臺灣]/u;

/** Which regional CJK face draws a text's Han characters: kana means Japanese, hangul Korean. */
export function cjkRegionOf(text: string): CjkRegion {
  if (kana.test(text)) return 'jp';
  if (hangul.test(text)) return 'kr';
  if (traditionalOnly.test(text)) return 'tc';
  return 'sc';
}
