import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { dashboardPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';

// The caseload table on a demo office: server sort and filters, the column chooser, saved views that survive a
// reload, and the table used from the keyboard. It shares the dashboard's office (a demo its spec or this one
// loads, whichever runs first): this spec only adds saved views, which no dashboard figure counts.
const { base, api, demoOffice } = officeApi(dashboardPort);

type Page1 = { total: number; rows: { id: number; displayName: string; staleConnections: number }[] };
const list = (request: APIRequestContext, input: object) => api(request, 'students.list', { status: 'active', pageSize: 50, ...input });

async function openStudents(page: Page, search = '') {
  await page.goto(`${base}/?token=${e2eToken}#/students${search}`);
  await expect(page.getByRole('heading', { name: 'Students', level: 1 })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Students' });
const rows = (page: Page) => table(page).locator('tbody tr');
const namesOnScreen = async (page: Page, count: number) => (await rows(page).getByRole('link').allTextContents()).slice(0, count);
const studentCount = (total: number) => `${total.toLocaleString('en-US')} student${total === 1 ? '' : 's'}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 1500, 4);
});

test('sort by last activity, filter to students losing touch, choose the columns', async ({ page, request }) => {
  await openStudents(page);
  const header = table(page).getByRole('button', { name: /^Last activity/ });
  await header.click();
  await expect(page).toHaveURL(/sort=lastActivity&dir=asc/);
  // Never active sorts as the oldest: first ascending. The rows on screen say the sort has been applied
  // (the address changes a moment before the table does), so the second click turns it around.
  const oldest = await list(request, { sort: 'lastActivity', direction: 'asc' });
  await expect.poll(() => namesOnScreen(page, 5)).toEqual(oldest.rows.slice(0, 5).map((r) => r.displayName));
  await header.click();
  await expect(page).toHaveURL(/sort=lastActivity&dir=desc/);
  const newest = await list(request, { sort: 'lastActivity', direction: 'desc' });
  await expect.poll(() => namesOnScreen(page, 5)).toEqual(newest.rows.slice(0, 5).map((r) => r.displayName));

  // The switch follows the address, which the router updates just after the click.
  await page.getByRole('switch', { name: 'Losing touch' }).click();
  await expect(page).toHaveURL(/touch=1/);
  await expect(page.getByRole('switch', { name: 'Losing touch' })).toBeChecked();
  const losing = await list(request, { sort: 'lastActivity', direction: 'desc', losingTouch: true });
  expect(losing.total).toBeGreaterThan(0);
  await expect(page.getByText(studentCount(losing.total), { exact: true })).toBeVisible();
  await expect.poll(() => namesOnScreen(page, 5)).toEqual(losing.rows.slice(0, 5).map((r) => r.displayName));
  // Every row says how many of its connections are past their window.
  const staleCells = table(page).getByText(/^\d+ stale$/);
  await expect(staleCells).toHaveCount(Math.min(losing.total, 50));

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Cohort' }).check();
  await page.getByRole('checkbox', { name: 'Student ID' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table(page).getByRole('button', { name: /^Cohort/ })).toBeVisible();
  await expect(table(page).getByRole('button', { name: /^Student ID/ })).toHaveCount(0);
  // Remembered on this computer.
  await page.reload();
  await expect(table(page).getByRole('button', { name: /^Cohort/ })).toBeVisible();
  await expect(table(page).getByRole('button', { name: /^Student ID/ })).toHaveCount(0);
});

test('save the view, replace it under the same name, reload and apply it, then delete it', async ({ page }) => {
  await openStudents(page, '?touch=1&sort=lastActivity&dir=desc');
  // Columns are part of a view (each test starts on a new computer, as far as remembered columns go).
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Cohort' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Views?\b/ }).click();
  await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save current view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Quiet and losing touch');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'View: Quiet and losing touch' })).toBeVisible();

  // The same name again: refused with the reason, and replacing is one click away.
  await page.getByRole('button', { name: /^View/ }).click();
  await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('quiet and losing touch');
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog.getByText('A view named “Quiet and losing touch” already exists. Choose another name, or replace it.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace “Quiet and losing touch”' }).click();
  await expect(dialog).toBeHidden();

  // A fresh start without the cohort column, then the view brings back the filter, the sort and the columns.
  await openStudents(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Cohort' }).uncheck();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Losing touch' })).not.toBeChecked();
  await expect(table(page).getByRole('button', { name: /^Cohort/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: /quiet and losing touch/ }).click();
  await expect(page).toHaveURL(/touch=1/);
  await expect(page).toHaveURL(/sort=lastActivity/);
  await expect(page).toHaveURL(/cols=name%2C/);
  await expect(page.getByRole('switch', { name: 'Losing touch' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'View: quiet and losing touch' })).toBeVisible();
  await expect(table(page).getByRole('button', { name: /^Cohort/ })).toBeVisible();

  await page.getByRole('button', { name: /^View/ }).click();
  await page.getByRole('menuitem', { name: 'Manage saved views…' }).click();
  await page.getByRole('dialog', { name: 'Saved views' }).getByRole('button', { name: 'Delete quiet and losing touch' }).click();
  // The suite runs with reduced motion (playwright.config.ts), so the confirm opens without the transition during which
  // a click was once lost in CI.
  const confirm = page.getByRole('dialog', { name: /Delete the view/ });
  await confirm.getByRole('button', { name: 'Delete view' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('View deleted')).toBeVisible();
});

test('the table from the keyboard: a row is one tab stop, arrows move, Enter opens, Page Down turns the page', async ({ page, request }) => {
  const [pageOne, pageTwo] = [await list(request, { sort: 'name' }), await list(request, { sort: 'name', page: 2 })];
  const firstName = (p: Page1) => p.rows[0]?.displayName ?? '';
  await openStudents(page, '?sort=name');
  const first = rows(page).first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(rows(page).nth(1)).toHaveAttribute('tabindex', '-1');
  // Tab from the last sortable header lands on the first row: the names' links are not tab stops of their own.
  await table(page)
    .getByRole('button', { name: /^Losing touch/ })
    .focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = rows(page).nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('End');
  await expect(rows(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();

  // The next page arrives a moment after the key: its first row then has the focus.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/page=2/);
  await expect(rows(page).first().getByRole('link')).toHaveText(firstName(pageTwo));
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(page).not.toHaveURL(/page=2/);
  await expect(rows(page).first().getByRole('link')).toHaveText(firstName(pageOne));
  await expect(rows(page).first()).toBeFocused();

  await page.keyboard.press('ArrowDown');
  const name = (await rows(page).nth(1).getByRole('link').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/students\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
});
