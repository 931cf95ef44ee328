import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base } from './empty-office';

test('an advisor backs up, a mistake follows, and restoring the backup undoes it while keeping the mistake aside', async ({ page, request }) => {
  await page.goto(`${base}/?token=${e2eToken}#/backups`);
  await expect(page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).first().click();
  await expect(page.getByText(/^Backup saved: /)).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row').filter({ hasText: 'On demand' })).toHaveCount(1);

  // The mistake: a student who should not be there.
  await api(request, 'students.create', { firstName: 'Mistaken', lastName: 'Entry', externalId: 'OOPS-1' });
  await page.goto(`${base}/?token=${e2eToken}#/students?q=Mistaken`);
  await expect(page.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Mistaken Entry' })).toBeVisible();

  await page.goto(`${base}/?token=${e2eToken}#/backups`);
  await table.getByRole('row').filter({ hasText: 'On demand' }).getByRole('button', { name: /^Restore the backup of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored the backup of .* The previous data was kept aside as /)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await page.goto(`${base}/?token=${e2eToken}#/students?q=Mistaken`);
  await expect(page.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Mistaken Entry' })).toHaveCount(0);
  await expect(page.getByText(/No students match|No students/).first()).toBeVisible();
});
