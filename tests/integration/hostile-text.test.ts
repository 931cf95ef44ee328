import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../electron/core/export/table';
import { freshDbForEachTest, tempDir } from './helpers';

// Issue 13, items 1 and 9: no CSV Rapport writes can carry a live formula, and hostile text (control characters,
// bidi overrides) is neutralised on the way in, whatever the path.

const run = promisify(execFile);
const t = freshDbForEachTest();
const { call, callAsync } = t;
const b64 = (content: string) => Buffer.from(content).toString('base64');
const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** The CSV read back the strict way (any line ending ends a record only outside quotes). */
function records(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] });
}

/** No line of any cell begins a formula: the text after a line break starts with = + - @ only behind a guard. */
function assertNoFormula(rows: readonly string[][]): void {
  for (const cell of rows.flat()) {
    for (const line of cell.split(/\r\n|\r|\n/)) expect(line, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t]/);
  }
}

/** What LibreOffice makes of the CSV (its own CSV again, formulas evaluated), when it is installed. */
async function libreOffice(csv: string): Promise<string | null> {
  if (spawnSync('which', ['soffice']).status !== 0) return null;
  const temp = tempDir();
  try {
    writeFileSync(join(temp.dir, 'in.csv'), csv);
    const outDir = join(temp.dir, 'out');
    await run(
      'soffice',
      [`-env:UserInstallation=file://${temp.dir}/lo-profile`, '--headless', '--convert-to', 'csv', '--outdir', outDir, join(temp.dir, 'in.csv')],
      { timeout: 120_000 },
    );
    const [file] = readdirSync(outDir);
    if (!file) throw new Error('LibreOffice produced no file');
    return readFileSync(join(outDir, file), 'utf8');
  } finally {
    temp.cleanup();
  }
}

const roster = (major: string) => `Student ID,First Name,Last Name,Major,Graduation Year\r\nS-1,Amara,Okafor,"${major}",2027\r\nS-2,Bo,Chen,History,2028\r\n`;

describe('CSV exports never carry a live formula (item 1)', () => {
  it(
    'a roster whose Major is "Chemistry\\n=2*21", imported for real, exports a readiness CSV with two student rows and no formula',
    { timeout: 180_000 },
    async () => {
      const result = call('imports.commit', {
        kind: 'students',
        fileName: 'roster.csv',
        content: b64(roster('Chemistry\n=2*21')),
      });
      expect(result.committed).toBe(true);
      const csv = text((await callAsync('exports.readinessReport', { format: 'csv' })).base64);
      const rows = records(csv);
      expect(rows).toHaveLength(3);
      expect(rows[0]?.[0]).toBe('Student');
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(['Amara Okafor', 'Bo Chen']);
      assertNoFormula(rows);
      const opened = await libreOffice(csv);
      if (opened !== null) {
        expect(opened).not.toMatch(/(^|,)42(,|\r?\n|$)/m);
        expect(opened).toContain('Amara Okafor');
      }
    },
  );

  it(
    'a multi-line value already on record (any line ending) is quoted and guarded on every line, in the readiness and references CSVs',
    { timeout: 180_000 },
    async () => {
      call('imports.commit', { kind: 'students', fileName: 'roster.csv', content: b64(roster('Chemistry')) });
      // Data written before input was cleaned (or by another program) can hold any line break.
      t.db.sqlite.prepare(`update students set program = ? where external_id = 'S-1'`).run('Chemistry\n=2*21\r+cmd|x\r\n@SUM(1)\n-3');
      const csv = text((await callAsync('exports.readinessReport', { format: 'csv' })).base64);
      const rows = records(csv);
      expect(rows).toHaveLength(3);
      expect(rows.find((r) => r[1] === 'S-1')?.[2]).toBe("Chemistry\n'=2*21\r'+cmd|x\r\n'@SUM(1)\n'-3");
      assertNoFormula(rows);
      const opened = await libreOffice(csv);
      if (opened !== null) expect(opened).not.toMatch(/(^|,)42(,|\r?\n|$)/m);
      assertNoFormula(records(text((await callAsync('exports.references', { format: 'csv', includeNotAgreed: true })).base64)));
    },
  );

  it('the skipped-rows file repeats the rows as they were, quoted and guarded, the header included', () => {
    const file = `Student ID,First Name,"Last\n=1+1",Major,E-mail\r\nS-1,Amara,Okafor,"Chemistry\n=2*21",not-an-email\r\nS-2,Bo,Chen,"History\r@x",bo@example.edu\r\n`;
    const result = call('imports.commit', {
      kind: 'students',
      fileName: 'roster.csv',
      content: b64(file),
      skipInvalid: true,
    });
    expect(result.errorFile?.fileName).toBe('roster-skipped-rows.csv');
    const rows = records(text(result.errorFile?.base64 ?? ''));
    // Both rows are skipped (the second has no last name: its column's header is not one Rapport knows).
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[2]).toBe('Last =1+1');
    expect(rows[1]?.[3]).toBe("Chemistry\n'=2*21");
    expect(rows[2]?.[3]).toBe("History\r'@x");
    assertNoFormula(rows);
  });

  it('the one CSV writer quotes any cell with CR or LF and guards each of its lines', () => {
    const csv = tableCsv({
      sheetName: 'x',
      title: '',
      header: ['A', 'B'],
      widths: [],
      rows: [
        ['x\r=1', 'y\n-2'],
        ['\n=3', 'z\r\n\t@4'],
        [5, null],
      ],
    }).toString('utf8');
    expect(csv).toBe(`\uFEFFA,B\r\n"x\r'=1","y\n'-2"\r\n"'\n'=3","z\r\n'\t@4"\r\n5,\r\n`);
    assertNoFormula(records(csv));
  });
});

describe('hostile text is neutralised on the way in (item 9)', () => {
  const esc = '\u001b[31m';
  const hostile = `\u202EA\u0000m${esc}a\u0007r\u2066a\u2069\u202A\u202B\u202C\u202D\u0085\u009b2J\u007f`;
  const noHostile = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/\\u00[0-1][0-9a-f]|\\u007f|[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/i);

  it('forms and the API: names and titles lose control characters, line breaks and bidi overrides; notes keep their line breaks only', () => {
    const student = call('students.create', {
      firstName: hostile,
      lastName: 'Okafor\r\nJr',
      program: `Chem\tistry${esc}`,
      notes: `line one\r\nline\u0000 two\rthree\u202E\tend`,
      labels: [`VIP${esc}`],
    });
    expect(student).toMatchObject({
      firstName: 'Am[31mara2J',
      lastName: 'Okafor Jr',
      program: 'Chem istry[31m',
      notes: 'line one\nline two\nthree\tend',
    });
    const employer = call('employers.create', { name: `\u202EAcme${esc} Corp\n` });
    expect(employer.name).toBe('Acme[31m Corp');
    const contact = call('contacts.create', { firstName: `Sue\u0007`, lastName: 'Lee', title: `Team\u2067 Lead` });
    expect(contact).toMatchObject({ firstName: 'Sue', title: 'Team Lead' });
    const event = call('events.create', {
      title: `Career\u0000 Fair${esc}`,
      kind: 'career_fair',
      format: 'in_person',
      startsAt: '2030-03-01T17:00:00.000Z',
      endsAt: '2030-03-01T19:00:00.000Z',
    });
    expect(event.title).toBe('Career Fair[31m');
    noHostile(call('students.get', { id: student.id }));
  });

  it('a name made only of control characters is refused as blank, not stored empty', () => {
    expect(t.fails('students.create', { firstName: '\u0000\u001b\u202E', lastName: 'Okafor' })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'firstName' },
    });
  });

  it('the importer strips the same characters from every cell (names lose line breaks too) and reads its own guard back', () => {
    // NUL itself makes the whole file "binary" and refused; every other control character is taken out.
    const file = `Student ID,First Name,Last Name,Major,Labels,Notes\r\nS-1,"${hostile.replace('\u0000', '\u0001')}","Okafor\nJr","'=Chem\n'+istry${esc}","VIP\u0007; Mentor\u202E","one\r\n'=two\u0002"\r\n`;
    const result = call('imports.commit', { kind: 'students', fileName: 'roster.csv', content: b64(file) });
    expect(result).toMatchObject({ committed: true, counts: { created: 1, rejected: 0 } });
    const id = Number(t.db.sqlite.prepare(`select id from students where external_id = 'S-1'`).pluck().get());
    const student = call('students.get', { id });
    expect(student).toMatchObject({
      firstName: 'Am[31mara2J',
      lastName: 'Okafor Jr',
      program: '=Chem +istry[31m',
      notes: 'one\n=two',
    });
    expect([...student.labels].sort()).toEqual(['Mentor', 'VIP']);
    noHostile(student);
  });
});
