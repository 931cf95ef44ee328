import { expect, test } from '@playwright/test';
import { e2eToken, firstRunPort } from '../../playwright.config';
import { kpiCard } from './kpi';

// Its own office, never opened before: the welcome screen shows only there.

test('first run: start empty, see honest empty states, add the first student', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${firstRunPort}/?token=${e2eToken}`);
  await page.getByRole('button', { name: 'Start empty' }).click();
  // An empty office opens on its setup checklist: each step links to where it is done and is ticked from the data.
  await expect(page.getByRole('heading', { name: 'Setup', level: 1 })).toBeVisible();
  const steps = page.getByRole('list', { name: 'Setup steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(5);
  await expect(steps).toContainText('To do: Name the office');
  await expect(page.getByText('0 of 5 done.')).toBeVisible();
  await steps.getByRole('link', { name: 'Name the office' }).click();
  await page.getByRole('textbox', { name: 'Office name' }).fill('Northfield Careers');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved and refreshed: until then the name is still unsaved, and Back would ask whether to discard it.
  await expect(page.getByText('Office name saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await page.goBack();
  await expect(page.getByRole('list', { name: 'Setup steps' })).toContainText('Done: Name the office');
  await expect(page.getByText('1 of 5 done.')).toBeVisible();
  // The single-user app opens on My day, which asks who you are until there is an advisor to be.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My day' }).click();
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(kpiCard(page, 'Active students', '0')).toBeVisible();
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
