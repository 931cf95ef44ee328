import { describe, expect, it } from 'vitest';
import { checkInSheetPdf } from '../../electron/core/export/check-in-sheet';
import { referenceListPdf } from '../../electron/core/export/reference-list-pdf';
import type { ReferenceEntry } from '../../electron/core/export/reference-document';
import { pdfStreams } from './support/pdf-content';

/** WCAG relative luminance of an sRGB colour given as 0..1 components. */
function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The lowest contrast on white of any text fill colour in the file (the colour set last before each BT). */
function lowestTextContrast(file: Buffer): number {
  let lowest = 21;
  for (const content of pdfStreams(file).filter((stream) => stream.includes(' TJ'))) {
    let fill = [0, 0, 0];
    for (const [, colour, textBegins] of content.matchAll(/([\d.]+ [\d.]+ [\d.]+) scn|\b(BT)\b/g)) {
      if (colour) fill = colour.split(' ').map(Number);
      else if (textBegins) lowest = Math.min(lowest, 1.05 / (luminance(fill) + 0.05));
    }
  }
  return lowest;
}

const entry = (order: number): ReferenceEntry => ({
  name: `Reference ${order}`,
  title: 'Director of a department with a name long enough to wrap onto a second line of the list, as some are',
  organisation: 'Department of Mechanical and Aerospace Engineering, Northfield University',
  email: `reference${order}@northfield.example.edu`,
  phone: '+1 555 010 0199',
  preferredMethod: 'email',
  relationship: 'Supervisor at Sterling Labs, summer internship as Data Analyst, Jun–Aug 2025',
  knownSince: 'March 2023',
  agreed: true,
  order,
});

describe('text contrast (WCAG 2 AA: at least 4.5:1 on white, page numbers included)', () => {
  it('every text of a two-page reference list', async () => {
    const entries = Array.from({ length: 9 }, (_, i) => entry(i + 1));
    const file = await referenceListPdf({ student: { name: 'Amara Okafor', email: 'amara@example.edu', phone: '555-0100' }, entries });
    expect(file.toString('latin1')).toMatch(/\/Count 2\b/);
    expect(lowestTextContrast(file)).toBeGreaterThanOrEqual(4.5);
  });

  it('every text of a check-in sheet', async () => {
    const event = { title: 'Career Fair', when: 'Thu 3 Dec 2026 17:00–19:00', location: 'Hall', checkInTime: () => '17:42', checkInClock: () => null };
    const rows = Array.from({ length: 40 }, (_, i) => ({
      studentName: `Given${i} Last${i}`,
      lastName: `Last${i}`,
      givenName: `Given${i}`,
      externalId: `S-${i}`,
      schoolEmail: null,
      program: 'Computer Science',
      classYear: 2027,
      rsvp: 'registered' as const,
      checkedInAt: i % 3 === 0 ? '2026-12-03T17:42:00Z' : null,
      walkIn: false,
    }));
    const counts = { invited: 40, registered: 40, waitlisted: 0, declined: 0, checkedIn: 14, withheld: 1 };
    const file = await checkInSheetPdf({ event, rows, counts, printedAt: 'Sun 6 Dec 2026 16:40' });
    expect(lowestTextContrast(file)).toBeGreaterThanOrEqual(4.5);
  });
});
