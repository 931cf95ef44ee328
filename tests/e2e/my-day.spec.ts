import { expect, test, type Page } from '@playwright/test';
import { dashboardPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';

// My day on the demo office at 1440×900: the single-user app opens on it ("I am" is the demo's first advisor), it
// lists the caseload's work, and doing an item in place takes it off the list and moves the count.
const { base, api, demoOffice } = officeApi(dashboardPort);

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 1500, 4);
});

const card = (page: Page, title: string) => page.getByRole('region', { name: title });
const count = (page: Page, title: string, value: number) => expect(card(page, title).getByLabel(`${value.toLocaleString('en-US')} to do`)).toBeVisible();

test('the app opens on My day, which lists what the API counts for the advisor', async ({ page, request }) => {
  await page.goto(`${base}/?token=${e2eToken}#/`);
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  expect(page.url()).toContain('#/my-day');
  const day = await api(request, 'myDay.get', {});
  expect(day.advisor).not.toBeNull();
  await expect(page.getByText(day.advisor?.name ?? '', { exact: false }).first()).toBeVisible();
  await count(page, 'Wrap-ups due', day.wrapUps.total);
  await count(page, 'Losing touch', day.losingTouch.total);
  await count(page, 'Goals ending this week', day.goalsEnding.total);
  await count(page, 'References to ask or confirm', day.references.total);
  // The figure is the one the Losing touch page and the navigation badge give for the same advisor.
  const page1 = await api(request, 'keepInTouch.losingTouch', { state: 'stale' });
  expect(day.losingTouch.total).toBe(page1.total);
  // The office dashboard stays one click away.
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await page.screenshot({ path: 'test-results/my-day-light.png', fullPage: true });
  await page.getByRole('button', { name: 'Toggle light and dark theme' }).click();
  await page.screenshot({ path: 'test-results/my-day-dark.png', fullPage: true });
  await page.getByRole('button', { name: 'Toggle light and dark theme' }).click();
});

test('a card with work is as tall as its rows: a short list does not stretch to its neighbour’s height', async ({ page, request }) => {
  const day = await api(request, 'myDay.get', {});
  const withWork = [day.wrapUps, day.losingTouch, day.followUps, day.goalsEnding, day.references].filter((list) => list.total > 0);
  expect(withWork.length, 'the demo advisor has at least two lists with work').toBeGreaterThan(1);
  await page.goto(`${base}/?token=${e2eToken}#/my-day`);
  await count(page, 'Losing touch', day.losingTouch.total);
  await page.waitForLoadState('networkidle');
  // Below each card's last row there is only the card's own padding (20 px), never the empty height of a taller neighbour.
  const below = await page
    .getByRole('main')
    .getByRole('region')
    .evaluateAll((cards) =>
      cards
        .filter((c) => c.querySelector('[aria-label="0 to do"]') === null)
        .map((c) => ({ card: c.textContent?.slice(0, 40), px: c.getBoundingClientRect().bottom - (c.lastElementChild?.getBoundingClientRect().bottom ?? 0) })),
    );
  expect(below.length).toBeGreaterThan(1);
  for (const gap of below) expect(gap.px, gap.card).toBeLessThan(32);
  await page.screenshot({ path: 'test-results/my-day-columns.png', fullPage: true });
});

test('logging a stale connection with a chosen kind takes it off the list', async ({ page, request }) => {
  const before = await api(request, 'myDay.get', {});
  expect(before.losingTouch.total, 'the demo advisor has a stale connection').toBeGreaterThan(0);
  await page.goto(`${base}/?token=${e2eToken}#/my-day`);
  const first = before.losingTouch.rows[0];
  const touch = card(page, 'Losing touch');
  await count(page, 'Losing touch', before.losingTouch.total);
  await touch.getByRole('button', { name: 'Log' }).first().click();
  await page.getByRole('menuitem', { name: 'Milestone update' }).click();
  await expect(page.getByText(`Logged milestone update with ${first?.contactName} today`)).toBeVisible();
  await count(page, 'Losing touch', before.losingTouch.total - 1);
  expect((await api(request, 'myDay.get', {})).losingTouch.rows.some((row) => row.connectionId === first?.connectionId)).toBe(false);
});

test('marking an asked reference agreed and a goal met takes each off its list', async ({ page, request }) => {
  const before = await api(request, 'myDay.get', {});
  const asked = before.references.rows.find((row) => row.referenceStatus === 'asked');
  const goal = before.goalsEnding.rows[0];
  expect(asked !== undefined && goal !== undefined, 'the demo advisor has an asked reference and a goal ending this week').toBe(true);
  await page.goto(`${base}/?token=${e2eToken}#/my-day`);
  await card(page, 'References to ask or confirm')
    .getByRole('button', { name: `Mark agreed: ${asked?.contactName}` })
    .first()
    .click();
  await expect(page.getByText(`Recorded: ${asked?.contactName} agreed to be a reference.`)).toBeVisible();
  await count(page, 'References to ask or confirm', before.references.total - 1);
  await card(page, 'Goals ending this week')
    .getByRole('button', { name: `Mark met: ${goal?.description} (${goal?.studentName})` })
    .click();
  await count(page, 'Goals ending this week', before.goalsEnding.total - 1);
  const after = await api(request, 'myDay.get', {});
  expect(after.doneThisWeek.referencesAgreed).toBe(before.doneThisWeek.referencesAgreed + 1);
  expect(after.doneThisWeek.goalsMet).toBe(before.doneThisWeek.goalsMet + 1);
});
