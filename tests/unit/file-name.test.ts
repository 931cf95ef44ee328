import { describe, expect, it } from 'vitest';
import { slug, uniqueNames } from '../../electron/core/export/file-name';
import { readableMonth, readableMonthSpan } from '../../electron/core/dates';

describe('file names from names in any script', () => {
  it.each([
    ['小龙 李', '小龙-李'],
    ['ليلى حداد', 'ليلى-حداد'],
    ['Nguyễn Văn Ánh', 'Nguyễn-Văn-Ánh'],
    ['Ψάρης Ελένη', 'Ψάρης-Ελένη'],
    ['क्षत्रिय राज', 'क्षत्रिय-राज'],
    ['Smith (Jr.).', 'Smith-Jr'],
    ['-Núñez-', 'Núñez'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['Sam 🚀 Lee', 'Sam-Lee'],
    ['tab\there\u0000nul', 'tab-here-nul'],
  ])('%s → %s', (name, expected) => {
    expect(slug(name, 'student')).toBe(expected);
  });

  it('composes decomposed letters (NFC) and never starts with a lone combining mark', () => {
    expect(slug('Zoe\u0308', 'student')).toBe('Zoë');
    expect(slug('\u0301abc', 'student')).toBe('abc');
  });

  it('drops bidi controls that could disguise an extension, and Windows device names', () => {
    expect(slug('\u202Efdp.exe', 'student')).toBe('fdp-exe');
    expect(slug('CON', 'event')).toBe('event-CON');
    expect(slug('lpt1', 'event')).toBe('event-lpt1');
  });

  it('leaves no invisible character behind: variation selectors, a mark or joiner whose letter was dropped', () => {
    expect(slug('Ana❤️Silva', 'student')).toBe('Ana-Silva');
    expect(slug('Ana\uFE0FSilva', 'student')).toBe('AnaSilva');
    expect(slug('Ana\u{E0100}', 'student')).toBe('Ana');
    expect(slug('Ana 😀\u0301Silva', 'student')).toBe('Ana-Silva');
    expect(slug('Ana\u200D Silva', 'student')).toBe('Ana-Silva');
    expect(slug('1️⃣ Ana', 'student')).toBe('1\u20E3-Ana');
  });

  it('falls back when nothing is left, and limits the length in UTF-8 bytes at a whole character', () => {
    expect(slug('...!!!', 'student')).toBe('student');
    const chinese = slug('李'.repeat(100), 'student');
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(96);
    expect(chinese).toBe('李'.repeat(32));
    const cut = slug(`${'a'.repeat(94)} bcd`, 'student');
    expect(cut.endsWith('-')).toBe(false);
  });

  it('makes names unique within one archive, case-insensitively', () => {
    const name = uniqueNames();
    expect([name('Ana-Silva', '.pdf'), name('ana-silva', '.pdf'), name('Ana-Silva', '.pdf'), name('Ben', '.pdf')]).toEqual([
      'Ana-Silva.pdf',
      'ana-silva-2.pdf',
      'Ana-Silva-3.pdf',
      'Ben.pdf',
    ]);
  });

  it('compares names as Windows and macOS do: Greek final sigma, composed and decomposed letters', () => {
    const name = uniqueNames();
    expect([name('Οδυσσεας', '.pdf'), name('ΟΔΥΣΣΕΑΣ', '.pdf'), name('Zoë', '.pdf'), name('Zoe\u0308', '.pdf')]).toEqual([
      'Οδυσσεας.pdf',
      'ΟΔΥΣΣΕΑΣ-2.pdf',
      'Zoë.pdf',
      'Zoe\u0308-2.pdf',
    ]);
  });
});

describe('dates on a reference list', () => {
  it('says known since as a month, and when a placement ran as months', () => {
    expect(readableMonth('2023-03-14')).toBe('March 2023');
    expect(readableMonthSpan('2025-06-02', '2025-08-22')).toBe('Jun–Aug 2025');
    expect(readableMonthSpan('2024-09-01', '2025-05-15')).toBe('Sep 2024–May 2025');
    expect(readableMonthSpan('2025-06-02', '2025-06-30')).toBe('Jun 2025');
    expect(readableMonthSpan('2025-06-02', null)).toBe('since Jun 2025');
  });
});
