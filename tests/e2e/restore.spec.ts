import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, startedOffice } from './empty-office';

test.beforeAll(({ request }) => startedOffice(request));

test('an advisor backs up, a mistake follows, and restoring the backup undoes it while keeping the mistake aside', async ({ page, request }) => {
  await page.goto(`${base}/?token=${e2eToken}#/backups`);
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).first().click();
  await expect(page.getByText(/^Backup saved: /)).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row').filter({ hasText: 'On demand' })).toHaveCount(1);

  // The mistake: a student who should not be there.
  await api(request, 'students.create', { firstName: 'Mistaken', lastName: 'Entry', externalId: 'OOPS-1' });
  await page.goto(`${base}/?token=${e2eToken}#/students?q=Mistaken`);
  await expect(page.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Mistaken Entry' })).toBeVisible();

  await page.goto(`${base}/?token=${e2eToken}#/backups`);
  await table
    .getByRole('row')
    .filter({ hasText: 'On demand' })
    .getByRole('button', { name: /^Restore the backup of / })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored the backup of .* The previous data was kept aside as /)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await page.goto(`${base}/?token=${e2eToken}#/students?q=Mistaken`);
  await expect(page.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Mistaken Entry' })).toHaveCount(0);
  await expect(page.getByText(/No students match|No students/).first()).toBeVisible();
});

test('lowering the number of backups kept shows the backups it would delete and deletes nothing until confirmed', async ({ page, request }) => {
  for (let i = 0; i < 2; i++) await api(request, 'backups.create', {});
  const before = await api(request, 'backups.list', {});
  const doomed = (await api(request, 'backups.previewKeep', { keep: 1 })).remove;
  expect(doomed.length).toBeGreaterThan(0);

  await page.goto(`${base}/?token=${e2eToken}#/backups`);
  const keep = page.getByRole('textbox', { name: 'Backups to keep' });
  await keep.fill('1');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const title = `Delete ${doomed.length} backup${doomed.length === 1 ? '' : 's'}?`;
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByRole('list', { name: 'Backups that will be deleted' }).getByRole('listitem')).toHaveCount(doomed.length);
  await expect(dialog).toContainText('Copies made before a restore are always kept for 30 days.');

  // Cancel: nothing deleted, nothing saved.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await api(request, 'backups.list', {})).toEqual(before);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('dialog', { name: title })
    .getByRole('button', { name: /^Delete .* and save$/ })
    .click();
  await expect(page.getByText(`Removed ${doomed.length} older backup${doomed.length === 1 ? '' : 's'}.`)).toBeVisible();
  const after = await api(request, 'backups.list', {});
  expect(after.keep).toBe(1);
  expect(after.backups.map((b) => b.fileName)).toEqual(before.backups.map((b) => b.fileName).filter((name) => !doomed.some((d) => d.fileName === name)));
  // Back to the default for the specs that follow (raising the number deletes nothing and asks nothing).
  await api(request, 'backups.setKeep', { keep: 14 });
});
