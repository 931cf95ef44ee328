import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerFair } from './support/career-fair';
import { onePage, onPath, pdfText, run } from './support/poppler';
import { freshDbForEachTest } from './helpers';

const t = freshDbForEachTest();
const { call, callAsync, failsAsync } = t;

/** The text of one page, laid out as printed. */
const pageText = (pdfPath: string, page: number) => pdfText(pdfPath, ['-layout', ...onePage(page)]);

describe.skipIf(!onPath('pdftotext', 'pdffonts', 'pdfinfo'))('check-in sheet (needs poppler-utils)', () => {
  it('prints every name exactly on three numbered pages, with the event, the counts and who was left out', async () => {
    const fair = careerFair(call, 90);
    const file = await callAsync('events.checkInSheet', { eventId: fair.eventId });
    expect(file).toMatchObject({ rows: 88, withheld: 1, warnings: ['1 student with a confidentiality hold is not listed.'] });
    const pdfPath = join(t.dir, file.fileName);
    writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
    // RAPPORT_RENDER_DIR=<folder> keeps a copy to render with pdftoppm and look at.
    if (process.env.RAPPORT_RENDER_DIR) writeFileSync(join(process.env.RAPPORT_RENDER_DIR, 'check-in-sheet.pdf'), Buffer.from(file.base64, 'base64'));

    const info = (await run('pdfinfo', [pdfPath])).stdout;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/Title:\s+Check-in: Spring Career Fair — Engineering & Computing/);
    const fonts = (await run('pdffonts', [pdfPath])).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    // Reading order for a screen reader: the heading, then one table with its header row and a row per person;
    // running headers and page numbers are artifacts, outside the tree.
    const structure = (await run('pdfinfo', ['-struct-text', pdfPath])).stdout;
    expect(structure).toMatch(/H1 \(block\)\n\s+"Spring Career Fair — Engineering & Computing"/);
    expect(structure).toMatch(/Table \(block\)\n\s+THead\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"In"/);
    expect(structure.match(/^\s+TR$/gm)).toHaveLength(1 + 88);
    expect(structure).not.toContain('Page 1 of 3');

    const pages = await Promise.all([1, 2, 3].map((page) => pageText(pdfPath, page)));
    const all = pages.join('\n');
    pages.forEach((text, index) => {
      expect(text).toContain('Spring Career Fair — Engineering & Computing');
      expect(text).toContain('Memorial Union, Great Hall');
      expect(text).toContain(`Page ${index + 1} of 3`);
    });
    // Checking in an invited student registers them: the event page's figure is the one to match.
    const { registered } = call('events.get', { id: fair.eventId }).counts;
    expect(pages[0]).toContain(`${registered} registered · 89 invited · 1 declined (not listed) · ${fair.checkedIn} already checked in`);
    expect(pages[0]).toContain('1 student with a confidentiality hold is not listed.');
    for (const [first, last] of fair.listed) {
      expect(all).toContain(first);
      expect(all).toContain(last);
    }
    expect(all).not.toContain('Hidden');
    expect(all).not.toContain('Clined');
  });

  it('says so when nobody is on the list yet, on one numbered page', async () => {
    const event = call('events.create', {
      title: 'Virtual info session',
      kind: 'info_session',
      format: 'virtual',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      status: 'scheduled',
    });
    const file = await callAsync('events.checkInSheet', { eventId: event.id });
    expect(file).toMatchObject({ rows: 0, withheld: 0, warnings: [] });
    const pdfPath = join(t.dir, file.fileName);
    writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
    const text = await pageText(pdfPath, 1);
    expect(text).toContain('0 registered · 0 invited · nobody checked in yet');
    expect(text).toContain('Nobody is on the list for this event yet.');
    expect(text).toContain('Page 1 of 1');
  });

  it('refuses a name no bundled font can draw, saying which character and whose name, and records no export', async () => {
    const fair = careerFair(call, 5);
    const id = call('students.create', { firstName: 'Ninsun', lastName: 'Uruk𒀀', externalId: 'S-CUNEIFORM' }).id;
    call('events.invite', { eventId: fair.eventId, studentIds: [id] });
    const error = await failsAsync('events.checkInSheet', { eventId: fair.eventId });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('"𒀀" (U+12000)');
    expect(error.message).toContain('Ninsun Uruk𒀀 (S-CUNEIFORM)');
    expect(call('audit.list', { action: 'export', page: 1, pageSize: 5 }).total).toBe(0);
  });
});
