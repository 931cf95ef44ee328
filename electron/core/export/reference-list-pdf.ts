import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h, type ComponentProps, type ReactElement } from 'react';
import { contactLines, isRightToLeft, knownSinceLine, type ReferenceDocument, type ReferenceEntry } from './reference-document';

/**
 * The fallback chain, tried per character. react-pdf's textkit (fontSubstitution) gives each code point the first
 * font in the list that has a glyph for it, so scripts can mix inside one line. A family resolves to one file per
 * weight, which is why the two Noto Sans subsets are separate families rather than two files of one.
 */
const fontStack: string[] = ['NotoSans', 'NotoSansLatinExt', 'NotoSansHebrew', 'NotoSansArabic', 'NotoEmoji'];

let fontsRegistered = false;

/** Local font files only: the desktop app must render offline. Registered once; react-pdf caches the parsed fonts. */
function registerFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  const fontFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
  const regularAndBold = (pkg: string, subset: string) => [
    { src: fontFile(pkg, `${subset}-400-normal.woff`), fontWeight: 400 },
    { src: fontFile(pkg, `${subset}-700-normal.woff`), fontWeight: 700 },
  ];

  Font.register({ family: 'NotoSans', fonts: regularAndBold('@fontsource/noto-sans', 'noto-sans-latin') });
  Font.register({ family: 'NotoSansLatinExt', fonts: regularAndBold('@fontsource/noto-sans', 'noto-sans-latin-ext') });
  Font.register({
    family: 'NotoSansHebrew',
    fonts: regularAndBold('@fontsource/noto-sans-hebrew', 'noto-sans-hebrew-hebrew'),
  });
  Font.register({
    family: 'NotoSansArabic',
    fonts: regularAndBold('@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic'),
  });
  // The "emoji" file is the whole font; the numbered files are unicode-range slices of it for browsers. Per-character
  // fallback across slices would take 👩, ZWJ and 🚀 from three files, so 👩‍🚀 could never form its ligature, and the
  // slices together miss U+1F46A 👪. Bold text falls back to this 400 face.
  Font.register({
    family: 'NotoEmoji',
    src: fontFile('@fontsource/noto-emoji', 'noto-emoji-emoji-400-normal.woff'),
    fontWeight: 400,
  });

  // react-pdf hyphenates a word that overflows its line with English patterns; a name must never be split. Font is
  // react-pdf's process-wide store, and this module is its only user.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

const inch = 72;

// No fixed lineHeight: react-pdf puts the baseline one ascent below the top of the line box, and Noto Sans Arabic's
// ascent (1.37 em) would push an Arabic line into the next one. Lines take their own fonts' height instead.
const styles = StyleSheet.create({
  // textAlign is set here so right-to-left lines inherit it instead of react-pdf's right alignment for rtl text.
  page: { padding: 0.9 * inch, fontFamily: fontStack, fontSize: 9.5, color: '#1a1a1a', textAlign: 'left' },
  studentName: { fontSize: 22, fontWeight: 700, textAlign: 'center' },
  studentContact: { fontSize: 9.5, color: '#444444', textAlign: 'center', marginTop: 4 },
  rule: { borderBottomWidth: 0.75, borderBottomColor: '#9a9a9a', marginTop: 10, marginBottom: 16 },
  heading: { fontSize: 13, fontWeight: 700, marginBottom: 10, letterSpacing: 0.3 },
  entry: { marginBottom: 13 },
  entryName: { fontSize: 11, fontWeight: 700 },
  relationship: { fontSize: 8.5, color: '#666666', marginTop: 4 },
  knownFor: { fontSize: 8.5, color: '#666666' },
  notAgreed: { fontSize: 8, color: '#a34700', marginTop: 2 },
  // The base direction places neutral characters (spaces, brackets, digits) around right-to-left words.
  rightToLeft: { direction: 'rtl' },
});

type LineStyle = (typeof styles)[keyof typeof styles];

/**
 * react-pdf 4.9 drops the base letter when a text run or line starts with an Arabic letter that the font draws as a
 * dotless base plus a dot mark (ب ت ن ش ي …): only the dots are painted, so "نون" prints as "ون"
 * (diegomura/react-pdf#3555). An Arabic letter mark (U+061C, zero width, strong right-to-left like the letters, only in
 * the Arabic font) in front of every Arabic word gives each run a first glyph of its own. It changes neither joining
 * (nothing joins across a word start) nor bidi order; fontkit draws it as a zero-width space, so text extraction may
 * show a space there.
 */
const arabicWordStart = /(?<!\p{Script=Arabic})(?=\p{Script=Arabic})/gu;

function guardArabicWordStarts(text: string): string {
  return text.replace(arabicWordStart, '\u061C');
}

function line(text: string, style?: LineStyle): ReactElement {
  return h(Text, { style: [style, isRightToLeft(text) ? styles.rightToLeft : undefined] }, guardArabicWordStarts(text));
}

function entryBlock(entry: ReferenceEntry): ReactElement {
  // Children go in as arguments, not an array, so React needs no keys. wrap=false: an entry split across two pages
  // would separate a name from its phone number.
  return h(
    View,
    { style: styles.entry, wrap: false },
    line(entry.name, styles.entryName),
    entry.title ? line(entry.title) : null,
    entry.organisation ? line(entry.organisation) : null,
    ...contactLines(entry).map((contact) => line(contact)),
    line(entry.relationship, styles.relationship),
    entry.knownSince ? line(knownSinceLine(entry) ?? '', styles.knownFor) : null,
    entry.agreed ? null : line('Not yet agreed to be a reference', styles.notAgreed),
  );
}

function referenceList(doc: ReferenceDocument): ReactElement<ComponentProps<typeof Document>> {
  const { student } = doc;
  const studentContact = [student.email, student.phone].filter((part): part is string => Boolean(part)).join(' · ');
  return h(
    Document,
    { title: `References — ${student.name}`, author: student.name, creator: 'Rapport' },
    h(
      Page,
      { size: 'LETTER', style: styles.page },
      line(student.name, styles.studentName),
      studentContact ? line(studentContact, styles.studentContact) : null,
      h(View, { style: styles.rule }),
      line('References', styles.heading),
      ...doc.entries.map(entryBlock),
    ),
  );
}

/** The student's reference list as a Letter PDF headed like their resume; five references fit on one page. */
export async function referenceListPdf(doc: ReferenceDocument): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(referenceList(doc));
}
