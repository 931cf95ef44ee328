import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, isoDaysAgo, startedOffice } from './empty-office';

// Issue 13, item 12: the screen never shows stale data. A write made here refreshes every area it declares it
// changes; a write made by another writer (here the CLI on the same file) reaches an open screen by polling.

/** The "start empty" office's file (playwright.config.ts: each office in .tmp/e2e/<name>/rapport.db). */
const emptyOfficeDb = '.tmp/e2e/empty/rapport.db';
const run = promisify(execFile);

test.beforeAll(({ request }) => startedOffice(request));

test('logging the touchpoint that meets a goal turns the goal card to met, without a reload', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Vega', lastName: 'Lumen' });
  const contact = await api(request, 'contacts.create', { firstName: 'Rosalind', lastName: 'Fairweather' });
  await api(request, 'connections.create', {
    studentId: student.id,
    contactId: contact.id,
    relationship: 'informational_interview',
  });
  await api(request, 'goals.create', {
    studentId: student.id,
    kind: 'follow_ups_sent',
    description: 'Send one thank-you note',
    targetCount: 1,
    windowStartOn: isoDaysAgo(7),
    windowEndOn: isoDaysAgo(-7),
  });

  await page.goto(`${base}/?token=${e2eToken}#/students/${student.id}/goals`);
  const card = page.getByRole('region', { name: 'Goals' }).getByRole('article', { name: 'Send one thank-you note' });
  await expect(card.getByText('Active', { exact: true })).toBeVisible();
  await expect(card.getByText('0 of 1', { exact: true })).toBeVisible();

  // The record's sections are tabs: log on Connections, then the Goals tab reads the refreshed goal.
  await page.getByRole('tab', { name: 'Connections' }).click();
  await page
    .getByRole('table', { name: 'Connections' })
    .getByRole('row', { name: /Rosalind Fairweather/ })
    .getByRole('button', { name: 'Log' })
    .click();
  await page.getByRole('menuitem', { name: 'Thank-you note' }).click();
  // The notification comes after the refresh the write's declared effects asked for, so the card is already
  // fresh when it appears: no waiting for the poll that catches other writers' changes.
  await expect(page.getByText('Logged thank-you note with Rosalind Fairweather today')).toBeVisible();
  await page.getByRole('tab', { name: 'Goals' }).click();
  await expect(card.getByText('1 of 1', { exact: true })).toBeVisible({ timeout: 500 });
  await expect(card.getByText(/^Met on /)).toBeVisible({ timeout: 500 });
});

test('a student imported through the CLI appears on an open students list, without a reload', async ({ page, request }) => {
  // Make sure the office has left its welcome screen, whichever spec ran first.
  await api(request, 'students.create', { firstName: 'Early', lastName: 'Bird' });
  const folder = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  try {
    const csv = join(folder, 'one-student.csv');
    writeFileSync(csv, 'First name,Last name,Student ID\nNova,Cassini,CLI-0001\n');

    await page.goto(`${base}/?token=${e2eToken}#/students?q=Cassini`);
    await expect(page.getByRole('heading', { name: 'Students', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Students' });
    await expect(page.getByText('No students match these filters')).toBeVisible();

    const cli = await run(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', '--db', emptyOfficeDb, 'import', 'students', csv]);
    expect(cli.stdout).toMatch(/1/);

    // No reload, no navigation: the open list notices the file changed and refreshes within a few seconds.
    await expect(table.getByRole('link', { name: 'Nova Cassini' })).toBeVisible({ timeout: 8_000 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
