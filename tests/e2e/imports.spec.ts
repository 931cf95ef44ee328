import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { base, startedOffice } from './empty-office';

// A roster with a column whose name Rapport cannot guess ("Surname (legal)") and one bad row.
const roster = [
  'Student ID,First Name,Surname (legal),E-mail,Graduation Year,Shoe size',
  'IMP-1,Octavia,Butler,octavia.butler@northfield.edu,2027,38',
  'IMP-2,Ursula,Le Guin,ursula.leguin@northfield.edu,soon,39',
  'IMP-3,Nnedi,Okorafor,nnedi.okorafor@northfield.edu,2028,40',
].join('\n');

test.beforeAll(({ request }) => startedOffice(request));

test('an advisor imports a roster: fixes the mapping, reads the report, skips the bad row, finds the student', async ({ page }) => {
  await page.goto(`${base}/?token=${e2eToken}#/import`);
  await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Students (roster)' }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'fall-roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });

  // Without the last name mapped, new students cannot be created: every row is rejected.
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping).toBeVisible();
  await expect(page.getByText('Shoe size', { exact: false }).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Field for Surname (legal)' }).click();
  await page.getByRole('option', { name: 'Last name', exact: true }).click();

  await expect(page.getByRole('group', { name: 'New' })).toContainText('2');
  await expect(page.getByRole('group', { name: 'Rejected' })).toContainText('1');
  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row', { name: /Graduation Year "soon" is not a whole number/ })).toContainText('3');

  const importButton = page.getByRole('button', { name: /^Import [\d,]+ rows?$/ });
  await expect(importButton).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Import the valid rows and skip the rest' }).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();

  await expect(page.getByText(/Imported: 2 new, 0 updated, 0 unchanged, 1 skipped/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the skipped rows' })).toBeVisible();
  await page.getByRole('link', { name: /Octavia Butler/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Octavia Butler', exact: true })).toBeVisible();

  // And the caseload finds her.
  await page.goto(`${base}/?token=${e2eToken}#/students?q=Okorafor`);
  await expect(page.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Nnedi Okorafor' })).toBeVisible();
});
