import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind, ImportReport, ImportResult } from '../../shared/api/imports';
import type { Student } from '../../shared/api/students';
import { localToday } from '../../electron/core/dates';
import { graduatingClass } from '../../electron/core/imports/values';
import { freshDbForEachTest, tableContent } from './helpers';

const t = freshDbForEachTest();
const { call, callAsync, fails } = t;

const fixtures = join(__dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(fixtures, name));
const b64 = (content: Buffer | string) => Buffer.from(content).toString('base64');
const senior = graduatingClass(localToday());

function preview(kind: ImportKind, file: Buffer | string, extra: object = {}): ImportReport {
  return call('imports.preview', { kind, fileName: 'file.csv', content: b64(file), ...extra });
}
function commit(kind: ImportKind, file: Buffer | string, extra: object = {}): ImportResult {
  return call('imports.commit', { kind, fileName: 'file.csv', content: b64(file), ...extra });
}
function refused(kind: string, file: Buffer | string) {
  return fails('imports.preview', { kind, fileName: 'file.csv', content: b64(file) });
}
function student(externalId: string): Student {
  const id = Number(t.db.sqlite.prepare('select id from students where external_id = ?').pluck().get(externalId));
  return call('students.get', { id });
}
const content = () => tableContent(t.db);
/** The Handshake students imported, and a career fair to import their attendance into. */
function fairWithStudents(title: string) {
  commit('students', fixture('handshake-students.csv'));
  return call('events.create', { title, kind: 'career_fair', format: 'in_person', startsAt: '2026-10-02T17:00:00.000Z', endsAt: '2026-10-02T20:00:00.000Z' });
}

describe('reading files', () => {
  it('recognises Handshake import headers: school years, majors and labels split, middle name ignored', () => {
    const report = preview('students', fixture('handshake-students.csv'));
    expect(report.mapping.filter((m) => m.recognised).map((m) => [m.column, m.field])).toEqual([
      ['username', 'externalId'],
      ['email_address', 'schoolEmail'],
      ['first_name', 'firstName'],
      ['last_name', 'lastName'],
      ['preferred_name', 'preferredName'],
      ['school_year_name', 'schoolYear'],
      ['primary_education:major_names', 'program'],
      ['mobile_number', 'phone'],
      ['system_label_names', 'labels'],
    ]);
    expect(report.ignoredColumns).toEqual(['middle_name (not kept)']);
    expect(report.preview[0]?.values).toMatchObject({
      program: 'Mathematics, Computer Science',
      phone: '(555) 010-1234',
      labels: 'First Gen, Athletics',
      classYear: String(senior),
      schoolYear: `Class of ${senior}`,
    });
    const result = commit('students', fixture('handshake-students.csv'));
    expect(result.counts).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(student('S2001')).toMatchObject({
      classYear: senior,
      program: 'Mathematics, Computer Science',
      phone: '5550101234',
      labels: ['Athletics', 'First Gen'],
    });
    expect(student('S2002')).toMatchObject({ classYear: senior + 1, preferredName: 'Amazing Grace' });
    expect(student('S2003')).toMatchObject({ status: 'alumnus', classYear: null });
    expect(student('S2004')).toMatchObject({ status: 'active', classYear: null });
  });

  it('reads Handshake analytics exports: UTF-8 with BOM, semicolons, CRLF, accents', () => {
    const result = commit('students', fixture('handshake-analytics.csv'));
    expect(result).toMatchObject({ encoding: 'UTF-8 (BOM)', delimiter: ';', counts: { created: 2, rejected: 0 } });
    expect(student('900001')).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ångström-Núñez',
      classYear: senior + 2,
      labels: ['International'],
    });
  });

  it('reads UTF-16 with a BOM and tab delimiters', () => {
    const text = 'Student ID\tFirst Name\tLast Name\r\nT-1\tTabitha\tSixteen\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = commit('students', utf16);
    expect(result).toMatchObject({ encoding: 'UTF-16 LE', delimiter: 'tab', counts: { created: 1 } });
    expect(student('T-1').lastName).toBe('Sixteen');
  });

  it('generic headers, quoted commas and quotes, Yes/No', () => {
    commit('students', fixture('generic-students.csv'));
    expect(student('G-1')).toMatchObject({
      program: 'History',
      classYear: 2027,
      confidential: false,
      notes: 'Prefers email, not phone',
    });
    expect(student('G-2')).toMatchObject({ lastName: `O'Brien, "JJ"`, confidential: true });
  });

  it('mixed line endings in one file are four rows, not merged', () => {
    const result = commit('students', fixture('mixed-line-endings.csv'));
    expect(result.counts).toMatchObject({ rows: 4, created: 4 });
    expect(['M-1', 'M-2', 'M-3', 'M-4'].map((id) => student(id).lastName)).toEqual(['Crlf', 'Lf', 'Cr', 'Again']);
  });

  it('refuses an unbalanced quote, an empty file, a binary file and a workbook, naming the problem', () => {
    expect(refused('students', fixture('unbalanced-quote.csv')).message).toMatch(/Line \d+: a quoted field is never closed \(an unbalanced " quote\)/);
    expect(refused('students', 'Student ID,First Name,Last Name\nQ-1,Quinn "Q",Quote\n').message).toMatch(
      /Line 2: a " quote appears inside a field that is not quoted/,
    );
    expect(refused('students', fixture('empty.csv')).message).toMatch(/The file is empty/);
    expect(refused('students', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x42])).message).toMatch(/binary file, not CSV/);
    expect(refused('students', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)])).message).toMatch(
      /Excel workbook or another zipped file/,
    );
    expect(refused('students', Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f, 0x0a])).message).toMatch(/not UTF-8 or UTF-16 text/);
  });

  it('a header-only file is a clean, empty result', () => {
    const result = commit('students', fixture('header-only.csv'));
    expect(result).toMatchObject({ committed: true, counts: { rows: 0, created: 0, rejected: 0 }, problems: [] });
  });

  it('lists unknown columns and ignores them', () => {
    const report = preview('students', fixture('unknown-columns.csv'));
    expect(report.ignoredColumns).toEqual(['Shoe size', 'Favourite colour']);
    expect(report.counts.created).toBe(1);
  });

  it('refuses files over 50 MB, and rejects a row with a 20 MB field naming the column', () => {
    expect(fails('imports.preview', { kind: 'students', fileName: 'big.csv', content: 'A'.repeat(70 * 1024 * 1024) }).message).toMatch(/larger than 50 MB/);
    const huge = `Student ID,First Name,Last Name,Notes\nH-1,Huge,Field,${'x'.repeat(20 * 1024 * 1024)}\nH-2,Small,Field,ok\n`;
    const result = commit('students', huge, { skipInvalid: true });
    expect(result.problems).toEqual([{ line: 2, column: 'Notes', message: 'Notes is 20,971,520 characters long; a cell holds at most 10,000.' }]);
    expect(result.counts).toMatchObject({ created: 1, rejected: 1 });
  });
});

describe('rows and their problems', () => {
  it('reports duplicate ids inside the file with the first line', () => {
    const report = preview('students', fixture('duplicate-ids.csv'));
    expect(report.problems).toEqual([{ line: 4, column: null, message: 'Repeats the student on line 2.' }]);
  });

  it('reports rows with too many or too few fields', () => {
    const report = preview('students', fixture('field-counts.csv'));
    expect(report.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Has 5 fields but the header has 3; check for a missing or extra delimiter.'],
      [4, 'Has 2 fields but the header has 3; check for a missing or extra delimiter.'],
    ]);
    expect(report.counts).toMatchObject({ rows: 4, created: 2, rejected: 2 });
  });

  it('reads dates in several formats and refuses impossible ones', () => {
    commit('contacts', fixture('contacts-dates.csv'));
    const verified = t.db.sqlite.prepare('select email, verified_on from contacts order by id').raw().all();
    expect(verified).toEqual([
      ['dana.lee@acme.example', '2026-09-01'],
      ['riya@acme.example', '2026-09-15'],
      ['tom@nine.example', '2026-10-03'],
      ['lena@nine.example', '2026-10-15'],
      ['omar@acme.example', '2026-10-31'],
    ]);
    expect(t.db.sqlite.prepare('select count(*) from employers').pluck().get()).toBe(2);
    const bad = preview('contacts', 'First Name,Last Name,Email,Last verified\nNo,Date,no@x.example,2026-02-30\n');
    expect(bad.problems[0]?.message).toBe('Last verified "2026-02-30" is not a date (use 2026-09-01, 09/01/2026 or Sep 1, 2026).');
  });

  it('stores names that start with "=" as text, and exports them safely', async () => {
    commit('students', fixture('formula-names.csv'));
    expect(student('E-1').firstName).toBe('=HYPERLINK("http://evil.example")');
    const exported = await callAsync('exports.readinessReport', { format: 'csv' });
    const csv = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") Formula"`);
    expect(csv).toContain(`'+Plus @At`);
  });

  it('lets the user map a column the names do not reveal', () => {
    const file = 'Ident,Given,Family\nX-1,Xena,Mapped\n';
    expect(preview('students', file).problems[0]?.message).toMatch(/No column is mapped to Student ID \/ username/);
    const result = commit('students', file, {
      mapping: { Ident: 'externalId', Given: 'firstName', Family: 'lastName' },
    });
    expect(result.counts.created).toBe(1);
    expect(student('X-1').firstName).toBe('Xena');
    expect(
      fails('imports.preview', {
        kind: 'students',
        fileName: 'f.csv',
        content: b64(file),
        mapping: { Nope: 'firstName' },
      }).message,
    ).toMatch(/The file has no column "Nope"/);
  });
});

describe('committing', () => {
  it('re-importing the same roster changes nothing; a changed field updates only that field; blanks never erase', () => {
    commit('students', fixture('handshake-students.csv'));
    const before = student('S2001');
    expect(commit('students', fixture('handshake-students.csv')).counts).toEqual({
      rows: 4,
      created: 0,
      updated: 0,
      unchanged: 4,
      rejected: 0,
    });
    expect(student('S2001').updatedAt).toBe(before.updatedAt);
    const changed = 'username,email_address,first_name,last_name,mobile_number,primary_education:major_names\nS2001,ada.lovelace@northfield.edu,Ada,Byron,,\n';
    expect(commit('students', changed).counts).toMatchObject({ updated: 1 });
    expect(student('S2001')).toMatchObject({
      lastName: 'Byron',
      phone: '5550101234',
      program: 'Mathematics, Computer Science',
    });
  });

  it('matches by email when the file has no student ID', () => {
    commit('students', fixture('handshake-students.csv'));
    const result = commit('students', 'Email,Cohort\nada.lovelace@northfield.edu,Fall Fellows\n');
    expect(result.counts).toMatchObject({ updated: 1, created: 0 });
    expect(student('S2001').cohort).toBe('Fall Fellows');
  });

  it('all or nothing: one bad row and the database is unchanged; skip-invalid imports the rest and returns the skipped rows', () => {
    const before = content();
    const rejected = commit('students', fixture('duplicate-ids.csv'));
    expect(rejected).toMatchObject({ committed: false, errorFile: null, changed: [] });
    expect(content()).toBe(before);
    const skipped = commit('students', fixture('duplicate-ids.csv'), { skipInvalid: true });
    expect(skipped).toMatchObject({ committed: true, counts: { created: 2, rejected: 1 } });
    expect(skipped.changed.map((c) => c.name)).toEqual(['Dee One', 'Dee Two']);
    const errors = Buffer.from(skipped.errorFile?.base64 ?? '', 'base64').toString('utf8');
    expect(errors).toBe('\uFEFFStudent ID,First Name,Last Name,Graduation Year,Problem\r\nD-1,Dee,Again,2027,Line 4: Repeats the student on line 2.\r\n');
  });

  it('writes one audit entry per committed import, none for a dry run or a rejected one', () => {
    const imports = () => Number(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'import'`).pluck().get());
    preview('students', fixture('generic-students.csv'));
    commit('students', fixture('duplicate-ids.csv'));
    expect(imports()).toBe(0);
    commit('students', fixture('generic-students.csv'));
    expect(imports()).toBe(1);
    const details = JSON.parse(String(t.db.sqlite.prepare(`select details from audit_log where action = 'import'`).pluck().get()));
    expect(details).toMatchObject({
      fileName: 'file.csv',
      kind: 'students',
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
  });

  it('attendees: matched by email or username, checked in with the time given, unknown students reported', () => {
    const event = fairWithStudents('Fall Career Fair');
    expect(fails('imports.preview', { kind: 'attendees', fileName: 'a.csv', content: b64(fixture('attendees.csv')) }).message).toMatch(/^Choose the event/);
    const result = commit('attendees', fixture('attendees.csv'), { eventId: event.id, skipInvalid: true });
    expect(result.counts).toMatchObject({ rows: 3, created: 2, rejected: 1 });
    expect(result.problems[0]?.message).toBe('Email nobody@northfield.edu is not a student in Rapport (import the roster first).');
    const rows = t.db.sqlite
      .prepare('select s.external_id, a.rsvp, a.checked_in_at is not null from attendance a join students s on s.id = a.student_id order by s.external_id')
      .raw()
      .all();
    expect(rows).toEqual([
      ['S2001', 'registered', 1],
      ['S2002', 'registered', 0],
    ]);
    expect(commit('attendees', fixture('attendees.csv'), { eventId: event.id, skipInvalid: true }).counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('property: a commit either applies every row or leaves the database equal in content', { timeout: 120_000 }, () => {
    commit('students', fixture('handshake-students.csv'));
    const cell = fc.oneof(fc.constantFrom('', 'Ada', 'Zoë', '=1+1', 'O\'Brien, "J"', '2027', 'x'.repeat(12)), fc.string({ maxLength: 8 }));
    const line = fc.record({
      id: fc.constantFrom('S2001', 'S2002', 'P-1', 'P-2', 'P-3', ''),
      first: cell,
      last: cell,
      year: fc.constantFrom('', '2027', '1800', 'soon'),
      email: fc.constantFrom('', 'p@x.edu', 'not-an-email', 'ada.lovelace@northfield.edu'),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
        const file = [
          'Student ID,First Name,Last Name,Graduation Year,Email',
          ...rows.map((r) => [r.id, r.first, r.last, r.year, r.email].map(quote).join(',')),
        ].join('\n');
        const before = content();
        const dry = preview('students', file);
        const result = commit('students', file);
        expect(result.counts).toEqual(dry.counts);
        if (result.counts.rejected > 0) {
          expect(result.committed).toBe(false);
          expect(content()).toBe(before);
        } else {
          expect(result.committed).toBe(true);
          // Applied in full: importing it again changes nothing.
          expect(commit('students', file).counts).toMatchObject({ created: 0, updated: 0, rejected: 0 });
        }
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });
});

describe('rapport import (CLI)', () => {
  it('dry-runs with --json, commits with --skip-invalid and writes the skipped rows beside the file', { timeout: 120_000 }, async () => {
    const { spawnSync } = await import('node:child_process');
    const { copyFileSync, existsSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-import-'));
    const file = join(dir, 'roster.csv');
    copyFileSync(join(fixtures, 'duplicate-ids.csv'), file);
    const cli = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'electron/cli/index.ts', '--db', t.path, 'import', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const dry = cli('students', file, '--dry-run', '--json');
    expect(dry.status).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      committed: false,
      counts: { rows: 3, created: 2, rejected: 1 },
      problems: [{ line: 4, message: 'Repeats the student on line 2.' }],
    });
    const all = cli('students', file);
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('Nothing imported: 1 of 3 rows have problems.');
    const skip = cli('students', file, '--skip-invalid');
    expect(skip.status).toBe(0);
    expect(skip.stdout).toContain('Imported 2 of 3 rows — 2 new, 0 updated, 0 unchanged, 1 skipped.');
    expect(existsSync(join(dir, 'roster-skipped-rows.csv'))).toBe(true);
    expect(cli('attendees', file).stderr).toMatch(/Attendees need the event they came to: --event ID/);
    expect(cli('rosters', file).status).toBe(64);
  });
});

describe('review findings', () => {
  it('reports the line a row starts on, even after a multi-line cell, and where an unclosed quote opened', () => {
    const file = 'Student ID,First Name,Last Name,Notes\r\nL-1,Multi,Line,"first\r\nsecond"\r\nL-2,Bad,Year,x\r\n';
    const report = preview(
      'students',
      file.replace('Notes\r\n', 'Notes,Graduation Year\r\n').replace('second"', 'second",2027').replace('x\r\n', 'x,soon\r\n'),
    );
    expect(report.problems.map((p) => p.line)).toEqual([4]);
    expect(refused('students', 'Student ID,First Name,Last Name\nA-1,Ok,Row\n"A-2,Open,Quote\nA-3,Next,Row\nA-4,Last,Row\n').message).toMatch(
      /^Line 3: a quoted field is never closed/,
    );
  });

  it('ignores spreadsheet spacer rows of empty cells', () => {
    expect(commit('students', 'Student ID,First Name,Last Name\nS-1,Sp,Acer\n,,\n,,\n').counts).toMatchObject({
      rows: 1,
      created: 1,
      rejected: 0,
    });
  });

  it('never re-keys a student whose email matches but whose ID differs; a separator-only majors cell erases nothing', () => {
    commit('students', fixture('handshake-students.csv'));
    const report = preview('students', 'username,email_address\n999999,ada.lovelace@northfield.edu\n');
    expect(report.problems[0]?.message).toMatch(/999999 differs from the ID on record for ada.lovelace@northfield.edu \(S2001\)/);
    expect(commit('students', 'username,primary_education:major_names\nS2001,;\n').counts).toMatchObject({
      unchanged: 1,
    });
    expect(student('S2001').program).toBe('Mathematics, Computer Science');
  });

  it('contacts: a Department column fills the department a reference list prints with the employer', () => {
    const report = commit(
      'contacts',
      'First Name,Last Name,Email,Department,Employer\nRuth,Okoye,ruth@northfield.example,Department of Physics,Northfield University\n',
    );
    expect(report.mapping.map((m) => m.field)).toEqual(['firstName', 'lastName', 'email', 'department', 'employer']);
    expect(t.db.sqlite.prepare('select department from contacts').pluck().all()).toEqual(['Department of Physics']);
  });

  it('reads a day-first date column the same way for every row', () => {
    commit('contacts', 'First Name,Last Name,Email,Last verified\nA,One,a@x.example,05/10/2026\nB,Two,b@x.example,31/10/2026\n');
    expect(t.db.sqlite.prepare('select verified_on from contacts order by id').pluck().all()).toEqual(['2026-10-05', '2026-10-31']);
  });

  it('attendees: Handshake headers, silence keeps an RSVP, a check-in is never declined, other events refused', () => {
    const event = fairWithStudents('Spring Fair');
    const handshake =
      'Events Name,student_email_address,Attendees Pre-Registered? (Yes / No),Career Fair Session Attendees Checked In? (Yes / No)\nSpring Fair,ada.lovelace@northfield.edu,Yes,Yes\nSpring Fair,grace.hopper@northfield.edu,Yes,No\nOther Fair,katherine.johnson@northfield.edu,Yes,No\n';
    const report = commit('attendees', handshake, { eventId: event.id, skipInvalid: true });
    expect(report.mapping.map((m) => m.field)).toEqual(['event', 'email', 'registered', 'checkedIn']);
    expect(report.counts).toMatchObject({ created: 2, rejected: 1 });
    expect(report.problems[0]?.message).toMatch(/"Other Fair" is not the event being imported \(Spring Fair\)/);
    t.db.sqlite.prepare(`update attendance set rsvp = 'waitlisted' where student_id = (select id from students where external_id = 'S2002')`).run();
    commit('attendees', 'Email,Checked In\ngrace.hopper@northfield.edu,No\nada.lovelace@northfield.edu,No\n', {
      eventId: event.id,
    });
    commit('attendees', 'Email,Registered\nada.lovelace@northfield.edu,No\n', { eventId: event.id });
    const rsvps = t.db.sqlite
      .prepare('select s.external_id, a.rsvp from attendance a join students s on s.id = a.student_id order by s.external_id')
      .raw()
      .all();
    expect(rsvps).toEqual([
      ['S2001', 'registered'],
      ['S2002', 'waitlisted'],
    ]);
  });
});
