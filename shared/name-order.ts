// One name order for every name-sorted list (issue 17). SQLite compares text by code point, which puts Öztürk,
// Şahin and Żółkiewska after Zimmerman; better-sqlite3 cannot register a collation, so lists sort by a stored
// key instead (students.name_key, contacts.name_key), computed by this function — registered on every connection
// as name_sort_key(last, first) (core/db/name-key.ts) and kept by triggers on every write.
//
// The key sorts as a person expects for Latin letters: diacritics ignored (NFKD, marks stripped), case folded,
// letters that do not decompose spelled out (ł → l, ß → ss, æ → ae …). Other scripts keep their letters (case
// folded, NFC), and since every one of them lies above U+024F they sort after Latin, in code point order — stable,
// if not what a reader of that script would choose.

/** Latin letters NFKD leaves whole, spelled the way an English-language list files them. */
const spelled: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ƒ: 'f',
  ŋ: 'n',
  ĸ: 'k',
};

const latin = /\p{Script=Latin}/u;
const mark = /\p{M}/gu;
// Apostrophes and dots vanish (O'Brien files as OBrien, St. as St); hyphens and other separators are one space.
const silent = /['’‘ʼ`.]/g;
const separators = /[^\p{L}\p{N}]+/gu;

function foldLetter(letter: string): string {
  const lower = letter.toLowerCase();
  if (!latin.test(lower)) return lower;
  return spelled[lower] ?? lower.normalize('NFKD').replace(mark, '');
}

/** One part of a name (a last or first name) as a key: folded letters and digits, words separated by one space. */
export function foldName(text: string): string {
  const words = text.normalize('NFC').replace(silent, '').replace(separators, ' ').trim();
  let folded = '';
  for (const letter of words) folded += foldLetter(letter);
  return folded.replace(mark, '');
}

/**
 * The sort key of a person's name, most significant part first (last name, then first name). Parts are joined by
 * U+0001, below every letter, so "Lee, Zoe" comes before "Leeds, Amy".
 */
export function nameSortKey(...parts: readonly (string | null | undefined)[]): string {
  return parts.map((part) => foldName(part ?? '')).join('\u0001');
}
