import { expect, test } from '@playwright/test';
import { e2eToken, firstRunPort } from '../../playwright.config';

// Its own office, never opened before: the welcome screen shows only there.

test('first run: start empty, see honest empty states, add the first student', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${firstRunPort}/?token=${e2eToken}`);
  await page.getByRole('button', { name: 'Start empty' }).click();
  // The single-user app opens on My day, which asks who you are until there is an advisor to be.
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Active students: 0' })).toBeVisible();
  await expect(page.getByText('No active students yet.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Students' }).click();
  await expect(page.getByText('No active students yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add a student' }).click();
  const dialog = page.getByRole('dialog', { name: 'New student' });
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(dialog.getByText('This is required')).toHaveCount(2);
  await dialog.getByLabel('First name').fill('Ada');
  await dialog.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(page.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
});
