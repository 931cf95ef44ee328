import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { dashboardPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';
import { kpiCard } from './kpi';

const { base, api, demoOffice } = officeApi(dashboardPort);

interface Figures {
  goals: { activeStudents: number; withGoalMetInTerm: number; term: { name: string } };
  readiness: { activeStudents: number; target: number; distribution: { level: string; students: number }[] };
  office: {
    upcomingEvents: { events: number };
    losingTouch: { connections: number };
    funnel: { invited: number; registered: number; attended: number; followedUp: number };
  };
}

async function figures(request: APIRequestContext, filter: object): Promise<Figures> {
  return {
    goals: await api(request, 'dashboard.goals', filter),
    readiness: await api(request, 'dashboard.readiness', filter),
    office: await api(request, 'dashboard.office', filter),
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
const ready = (f: Figures) => f.readiness.distribution.find((row) => row.level === 'ready')?.students ?? 0;

/** Every headline card shows what the API counts for the same filter. */
async function expectCards(page: Page, f: Figures) {
  await expect(kpiCard(page, 'Active students', n(f.goals.activeStudents))).toBeVisible();
  await expect(kpiCard(page, `Goal met in ${f.goals.term.name}`, `${share(f.goals.withGoalMetInTerm, f.goals.activeStudents)}%`)).toBeVisible();
  await expect(kpiCard(page, 'Reference-ready', `${share(ready(f), f.readiness.activeStudents)}%`)).toBeVisible();
  await expect(kpiCard(page, 'Upcoming events', n(f.office.upcomingEvents.events))).toBeVisible();
  await expect(kpiCard(page, 'Connections losing touch', n(f.office.losingTouch.connections))).toBeVisible();
  const funnel = page.getByRole('list', { name: 'Event funnel' });
  await expect(funnel.getByRole('listitem', { name: `Attended: ${n(f.office.funnel.attended)}` })).toBeVisible();
  await expect(funnel.getByRole('listitem', { name: `Followed up: ${n(f.office.funnel.followedUp)}` })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 1500, 4);
});

test('the dashboard shows the figures the API counts, filtered and remembered; each card opens what it counts', async ({ page, request }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) calls.push(r.url().replace(/.*\/api\//, ''));
  });
  await page.goto(`${base}/?token=${e2eToken}#/dashboard`);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expectCards(page, await figures(request, {}));
  // "Closest to ready" rows whose next step is a contact's missing or unconfirmed details draw their buttons from the
  // readiness answer: opening the dashboard reads no contact (it read each listed one before).
  const detailSteps = (await api(request, 'dashboard.readiness', {})).closestToReady.filter((row) => row.nextItem === 'contactCurrent');
  expect(detailSteps.length, "the demo office lists someone whose next step is their reference's contact details").toBeGreaterThan(0);
  const closest = page.getByRole('table', { name: 'Closest to ready' });
  await expect(closest.getByRole('button', { name: /^(Add (email|phone)|Details confirmed)$/ })).toHaveCount(detailSteps.length);
  expect(calls.filter((name) => name === 'contacts.get')).toEqual([]);

  // The filters' lists are drawn when they open: closed, none of their options is in the page, even hidden (Mantine
  // keeps them by default, and the dashboard's first render drew and placed every one of them; theme.ts).
  await expect(page.getByRole('option', { includeHidden: true })).toHaveCount(0);

  // A cohort: every widget follows, and the choice survives a reload.
  await page
    .getByRole('textbox', { name: 'Cohort' })
    .or(page.getByRole('combobox', { name: 'Cohort' }))
    .first()
    .click();
  const cohort = (await page.getByRole('option').first().textContent()) ?? '';
  await page.getByRole('option').first().click();
  const filtered = await figures(request, { cohort });
  await expectCards(page, filtered);
  await page.reload();
  await expectCards(page, filtered);

  // Reference-ready opens the ready students of that cohort: as many as the card counted.
  await kpiCard(page, 'Reference-ready').click();
  await expect(page).toHaveURL(/#\/students\?.*cohort=.*readiness=ready/);
  await expect(page.getByText(`${n(ready(filtered))} student${ready(filtered) === 1 ? '' : 's'}`, { exact: true })).toBeVisible();

  // Losing touch opens the stale connections it counted.
  await page.goBack();
  await kpiCard(page, 'Connections losing touch').click();
  await expect(page).toHaveURL(/#\/losing-touch\?.*state=stale/);
  await expect(page.getByText(`${n(filtered.office.losingTouch.connections)} connections`, { exact: true })).toBeVisible();

  // Goal met opens the students who met one in the term.
  await page.goBack();
  await page.getByRole('link', { name: /^Goal met in / }).click();
  await expect(page).toHaveURL(/#\/students\?.*goals=met_in_term/);
  await expect(page.getByText(`${n(filtered.goals.withGoalMetInTerm)} students`, { exact: true })).toBeVisible();

  // Upcoming events opens the scheduled events still to come.
  await page.goBack();
  await kpiCard(page, 'Upcoming events').click();
  await expect(page).toHaveURL(/#\/events\?status=scheduled/);
  await expect(page.getByText(`${n(filtered.office.upcomingEvents.events)} events`, { exact: true })).toBeVisible();
});

test('an earlier term changes the goal and event figures; the figures export to Excel', async ({ page, request }) => {
  // A new browser: no remembered filter.
  await page.goto(`${base}/?token=${e2eToken}#/dashboard`);
  await page
    .getByRole('textbox', { name: 'Term' })
    .or(page.getByRole('combobox', { name: 'Term' }))
    .first()
    .click();
  const term = (await page.getByRole('option').nth(1).textContent()) ?? '';
  await page.getByRole('option').nth(1).click();
  await expectCards(page, await figures(request, { term }));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^dashboard-${term.replace(' ', '-').toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
});
