// File names made from names and titles in any script. A name stays readable in its own script ("李小龙-references.pdf")
// rather than being dropped to a generic name; only what could break a file system, an archive or a download goes.

/** Letters, combining marks and decimal digits of every script, and the joiners some scripts spell words with. */
const kept = /[\p{L}\p{M}\p{Nd}\u200C\u200D]+/gu;

/** Names Windows reserves for devices, whatever the extension: "CON.ics" cannot be saved there. */
const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * UTF-8 bytes a name part may take. File systems limit a name to 255 bytes (not characters: a Chinese character
 * takes 3); a part leaves room for the rest of the name ("-<student id>-references-2.pdf").
 */
const maxPartBytes = 96;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest run of whole characters (a letter with its marks stays together) within `maxBytes` of UTF-8. */
function truncateBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += encoder.encode(segment).length;
    if (bytes > maxBytes) break;
    out += segment;
  }
  return out;
}

/**
 * A file-name part from a title or a name, in any script: composed (NFC), letters, marks and digits kept, everything
 * else (spaces, punctuation, path separators, control and bidi characters, emoji) a single dash, never a dash at
 * either end, at most `maxPartBytes` of UTF-8; `fallback` when nothing is left.
 */
export function slug(text: string, fallback: string): string {
  // Variation selectors are invisible (an emoji's U+FE0F outlives its emoji, U+E0100… can hide text): "Ana️Silva"
  // would look like "AnaSilva" yet be another file.
  const words =
    text
      .normalize('NFC')
      .replace(/\p{Variation_Selector}/gu, '')
      .match(kept) ?? [];
  // A word that starts with a combining mark would draw it on nothing (its letter was dropped), a joiner at either
  // end of a word joins nothing and only makes two names that look alike differ.
  const joined = words
    .map((word) => word.replace(/^(?:\p{M}|\u200C|\u200D)+|(?:\u200C|\u200D)+$/gu, ''))
    .filter((word) => word !== '')
    .join('-');
  const part = truncateBytes(joined, maxPartBytes).replace(/(?:\u200C|\u200D|-)+$/u, '');
  if (!part) return fallback;
  return windowsReserved.test(part) ? `${fallback}-${part}` : part;
}

/**
 * Names for the files of one archive, each unique: a second "Ana-Silva" becomes "Ana-Silva-2". Names are compared
 * as the file systems that unpack them do (case-insensitively, composed), so two never land on one file. Upper case
 * is the comparison Windows and macOS make: lower case keeps Greek final ς apart from σ ("ΟΔΥΣΣΕΑΣ" and "Οδυσσεας"
 * stay two names), upper case makes both Σ.
 */
export function uniqueNames(): (stem: string, suffix: string) => string {
  const used = new Set<string>();
  return (stem, suffix) => {
    for (let n = 1; ; n += 1) {
      const name = n === 1 ? `${stem}${suffix}` : `${stem}-${n}${suffix}`;
      const key = name.normalize('NFC').toUpperCase();
      if (!used.has(key)) {
        used.add(key);
        return name;
      }
    }
  };
}

/** Content types of the files Rapport exports. */
export const exportMimeTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
} as const;
