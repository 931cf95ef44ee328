/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they read window and document.
import { expect, test, type Page } from '@playwright/test';
import { dashboardPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';
import { choose } from './select';

// The student's record as an advisor meets it at 1440×900 on the demo office: a compact header, sections as tabs with
// their own addresses (a link lands on the section it is about), a new contact added where the connection is, and
// Ctrl+K finding people and events anywhere.
const { base, api, demoOffice } = officeApi(dashboardPort);

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

let studentId = 0;
let studentName = '';

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 1500, 4);
  // A student who is building references: the References section has candidates to show.
  const building = await api(request, 'students.list', { status: 'active', readiness: 'building', pageSize: 1 });
  const student = building.rows[0];
  if (!student) throw new Error('the demo office has no student building references');
  studentId = student.id;
  studentName = student.displayName;
});

async function open(page: Page, path: string) {
  await page.goto(`${base}/?token=${e2eToken}#${path}`);
}

test('an address naming a section opens the record on that tab, its content near the top; tabs change the address', async ({ page }) => {
  await open(page, `/students/${studentId}/references`);
  await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
  const references = page.getByRole('tab', { name: 'References' });
  await expect(references).toHaveAttribute('aria-selected', 'true');
  const readiness = page.getByRole('region', { name: 'Reference readiness' });
  await expect(readiness.getByRole('article').first()).toBeVisible();
  // No 5,600 px column: the section starts in the first screenful, under the compact header.
  const top = (await readiness.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThan(450);
  await expect(page).toHaveTitle(new RegExp(`^${studentName} · References`));

  // The header: how to reach the student, whose they are, and where their references stand.
  for (const label of ['School email', 'Phone', 'Advisor', 'Class year', 'References'])
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();

  // Clicking a tab (or arrows on the tab list) changes the address and the title; Back returns to the previous section.
  await page.getByRole('tab', { name: 'Connections' }).click();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/connections$`));
  await expect(page.getByRole('region', { name: 'Connections' })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${studentName} · Connections`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/references$`));
  await expect(page.getByRole('tab', { name: 'References' })).toBeFocused();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/references$`));
  await expect(readiness).toBeVisible();
});

test('Back and Forward between tabs put focus on the tab shown, not the tab that was left', async ({ page }) => {
  await open(page, `/students/${studentId}/connections`);
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  await expect(tab('Connections')).toHaveAttribute('aria-selected', 'true');
  await tab('Goals').click();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/goals$`));
  await expect(tab('Goals')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/connections$`));
  await expect(tab('Connections')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Connections')).toBeFocused();
  await page.goForward();
  await expect(tab('Goals')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Goals')).toBeFocused();
});

test('the overview says the class year once (in the header) and sums the notes up, linking to the one Notes & tasks tab', async ({ page, request }) => {
  const student = await api(request, 'students.get', { id: studentId });
  expect(student.classYear, 'the demo student has a class year').toBeTruthy();
  await open(page, `/students/${studentId}`);
  const main = page.getByRole('main');
  const brief = main.getByRole('region', { name: 'Notes & tasks' });
  await expect(brief).toBeVisible();
  await expect(main.getByText(String(student.classYear), { exact: true })).toHaveCount(1);
  await expect(main.getByText(/Class of/)).toHaveCount(0);
  // No second place for notes: the old "Notes" card is in the tab only.
  await expect(main.getByRole('region', { name: 'Notes', exact: true })).toHaveCount(0);
  await brief.getByRole('link', { name: 'All notes and tasks' }).click();
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/notes$`));
  await expect(page.getByRole('region', { name: 'Advising notes' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes', exact: true })).toBeVisible();
});

test('the dashboard’s “Closest to ready” lands on the References section', async ({ page }) => {
  await open(page, '/dashboard');
  await page.getByRole('table', { name: 'Closest to ready' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/students\/\d+\/references$/);
  await expect(page.getByRole('tab', { name: 'References' })).toHaveAttribute('aria-selected', 'true');
});

test('Add connection creates the contact inline', async ({ page, request }) => {
  const last = `Okonkwo-${Date.now() % 100_000}`;
  await open(page, `/students/${studentId}/connections`);
  await page.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'Add connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await dialog.getByText('New contact', { exact: true }).click();
  await dialog.getByLabel('First name').fill('Adaeze');
  await dialog.getByLabel('Last name').fill(last);
  await dialog.getByLabel('Title').fill('Talent Partner');
  await choose(page, dialog, 'Relationship', 'Informational interview');
  await dialog.getByRole('button', { name: 'Save connection' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Connections' }).getByRole('row', { name: new RegExp(`Adaeze ${last}`) })).toBeVisible();
  const found = await api(request, 'contacts.list', { search: last, pageSize: 5 });
  expect(found.rows.map((c) => [c.displayName, c.title])).toEqual([[`Adaeze ${last}`, 'Talent Partner']]);
});

test('Ctrl+K finds a contact and an event and opens them', async ({ page, request }) => {
  const contact = (await api(request, 'contacts.list', { pageSize: 1, sort: 'name' })).rows[0];
  const event = (await api(request, 'events.list', { when: 'upcoming', pageSize: 1 })).rows[0];
  if (!contact || !event) throw new Error('the demo office has no contact or no upcoming event');
  await open(page, `/students/${studentId}`);
  await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();

  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Find or run a command' }).or(page.getByPlaceholder(/Find a student, contact/));
  await search.first().fill(contact.displayName);
  // A student may share the contact's name: the contact's hit is the one with their title and employer.
  const contactLine = [contact.title, contact.employerName].filter(Boolean).join(' · ');
  const contactHit = page.getByRole('button').filter({ hasText: contact.displayName }).filter({ hasText: contactLine }).first();
  await expect(contactHit).toBeVisible();
  await page.screenshot({ path: '.tmp/screens/command-palette.png' });
  await contactHit.click();
  await expect(page).toHaveURL(new RegExp(`#/contacts/${contact.id}$`));

  await page.keyboard.press('Control+K');
  await search.first().fill(event.title);
  const eventHit = page.getByRole('button', { name: new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
  await expect(eventHit).toBeVisible();
  await eventHit.click();
  await expect(page).toHaveURL(new RegExp(`#/events/${event.id}$`));

  // Commands run from the same box: New event opens its form.
  await page.keyboard.press('Control+K');
  await search.first().fill('new event');
  // Found records come in as the search answers (an event titled "New …" can come first), so the command is chosen by name.
  await page.getByRole('button', { name: /^New event/ }).click();
  await expect(page.getByRole('dialog', { name: 'New event' })).toBeVisible();
});

test('Ctrl+K opens from a search field too (the desk and the caseload start with the cursor in one)', async ({ page }) => {
  await open(page, '/students');
  await page.getByRole('textbox', { name: 'Search' }).first().click();
  await page.keyboard.press('Control+K');
  await expect(page.getByPlaceholder(/Find a student, contact/)).toBeFocused();
  // The palette is loaded on this first use; closing it still gives the field its focus back.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Search' }).first()).toBeFocused();
});

test('a screen whose code cannot be fetched says so and offers to start again', async ({ page }) => {
  // As for a tab left open across an update: the palette's file is gone from the host.
  await page.route(/\/assets\/CommandPalette-[^/]*\.js$/, (route) => route.abort());
  await open(page, '/students');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const failed = page.getByRole('alert').filter({ hasText: 'Rapport could not show this screen' });
  await expect(failed).toBeVisible();
  await page.unroute(/\/assets\/CommandPalette-[^/]*\.js$/);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(page.getByPlaceholder(/Find a student, contact/)).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the record (${scheme})`, async ({ page }) => {
    await page.addInitScript((value) => window.localStorage.setItem('mantine-color-scheme-value', value), scheme);
    for (const section of ['overview', 'references']) {
      await open(page, `/students/${studentId}${section === 'overview' ? '' : `/${section}`}`);
      await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `.tmp/screens/student-record-${section}-${scheme}.png` });
    }
  });
}
