/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they read window and document.
import { expect, test, type Page } from '@playwright/test';
import { demoPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';
import { choose } from './select';

// The caseload at 1440×900 on the demo office: compact rows (20 or more in sight, each name on one line), the default
// columns without scrolling sideways, the header in sight while the rows scroll, and a bulk assign of 10 freshly
// imported students — from the import's summary and from the table's selection — each undone from its toast.
const { base, api, demoOffice } = officeApi(demoPort);

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

const roster = [
  'Student ID,First Name,Last Name,E-mail,Graduation Year',
  ...Array.from({ length: 10 }, (_, i) => `BULK-${i + 1},Bulk${String.fromCharCode(65 + i)},Importee,bulk${i + 1}@northfield.edu,2028`),
].join('\n');

const table = (page: Page) => page.getByRole('table', { name: 'Students' });
async function openStudents(page: Page, search = '') {
  await page.goto(`${base}/?token=${e2eToken}#/students${search}`);
  await expect(page.getByRole('heading', { name: 'Students', level: 1 })).toBeVisible();
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
}
/** The table's own scroll area (mantine-datatable's ScrollArea viewport). */
const scroller = (page: Page) => page.locator('.mantine-datatable .mantine-ScrollArea-viewport').first();
const imported = async (request: Parameters<typeof api>[0]) => (await api(request, 'students.list', { search: 'Importee', pageSize: 50 })).rows;

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 300, 7);
});

test('the caseload shows 20+ one-line rows, fits at 1440 and keeps its header in sight', async ({ page }) => {
  await openStudents(page);
  const rows = table(page).locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(20);
  const inSight = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length);
  expect(inSight).toBeGreaterThanOrEqual(20);
  // One line per name: the name cell is no taller than one line of text.
  const nameHeights = await table(page)
    .locator('tbody tr td:nth-child(2) a')
    .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  expect(Math.max(...nameHeights)).toBeLessThan(30);
  expect(await page.evaluate(() => (document.scrollingElement ? document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth : false))).toBe(
    true,
  );
  expect(await scroller(page).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  await page.screenshot({ path: 'test-results/h6-caseload-light.png' });
  await page
    .getByRole('button', { name: /dark|light|colou?r scheme/i })
    .first()
    .click();
  await page.screenshot({ path: 'test-results/h6-caseload-dark.png' });
  await page
    .getByRole('button', { name: /dark|light|colou?r scheme/i })
    .first()
    .click();
  await scroller(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => scroller(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  const header = table(page).getByRole('button', { name: /^Name/ });
  await expect(header).toBeInViewport();
  // In sight means on top: the header cell is what the page shows at its place, not a row scrolled under it.
  expect(
    await header.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return top !== null && el.closest('thead')?.contains(top) === true;
    }),
  ).toBe(true);
});

test('10 imported students are assigned in one action from the import summary, and Undo puts them back', async ({ page, request }) => {
  await page.goto(`${base}/?token=${e2eToken}#/import`);
  await page.getByRole('radio', { name: 'Students (roster)' }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'bulk-roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
  await page.getByRole('button', { name: /^Import 10 rows$/ }).click();
  await expect(page.getByText(/Imported: 10 new/)).toBeVisible();
  const advisors = await api(request, 'advisors.list', {});
  const advisor = advisors.find((a) => a.active);
  if (!advisor) throw new Error('the demo office has no active advisor');
  await choose(page, page.locator('body'), 'Assign these 10 students to', advisor.name);
  await page.getByRole('button', { name: 'Assign 10 students' }).click();
  await expect(page.getByText(`10 students assigned to ${advisor.name}.`)).toBeVisible();
  await expect.poll(async () => (await imported(request)).map((r) => r.advisorName)).toEqual(Array(10).fill(advisor.name));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await imported(request)).map((r) => r.advisorName)).toEqual(Array(10).fill(null));
});

test('the same 10 are selected in the table, assigned with a confirmation that counts them, and undone', async ({ page, request }) => {
  await openStudents(page, '?q=Importee');
  await expect(table(page).locator('tbody tr')).toHaveCount(10);
  await table(page).getByRole('checkbox', { name: 'Select every student on this page' }).check();
  const bar = page.getByRole('region', { name: 'Selected students' });
  await expect(bar).toContainText('10 students selected');
  // A selected row's name is still what the page shows in its cell (the selection tint once covered it).
  const name = table(page).locator('tbody tr').first().getByRole('link');
  expect(
    await name.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    }),
  ).toBe(true);
  await bar.getByRole('button', { name: 'Assign advisor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign an advisor' });
  const advisor = (await api(request, 'advisors.list', {})).filter((a) => a.active)[1];
  if (!advisor) throw new Error('the demo office has fewer than two advisors');
  await choose(page, dialog, 'Advisor', advisor.name);
  await dialog.getByRole('button', { name: 'Assign 10 students' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`10 students assigned to ${advisor.name}.`)).toBeVisible();
  await expect(table(page).locator('tbody tr').first()).toContainText(advisor.name);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await imported(request)).map((r) => r.advisorName)).toEqual(Array(10).fill(null));
  await expect(table(page).locator('tbody tr').first()).toContainText('Unassigned');
});
