import { expect, test, type Page } from '@playwright/test';
import { e2eToken, welcomePort } from '../../playwright.config';
import { officeApi } from './api';
import { kpiCard } from './kpi';

// This spec's office starts unopened: its first test loads the demo through the welcome screen, the others use it.
const { base, api } = officeApi(welcomePort);

async function openApp(page: Page, path = '/') {
  await page.goto(`${base}/?token=${e2eToken}#${path}`);
}

test.describe.configure({ mode: 'serial' });

test('first run: load the demo office, then My day and the dashboard show its figures', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await page.getByRole('button', { name: 'Load the demo office' }).click();
  // The demo makes this computer its first advisor ("I am"), so the app opens on their My day.
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  // The token left the address bar once read.
  expect(page.url()).not.toContain('token=');
  const data = await api(page.request, 'students.list', { status: 'active', pageSize: 1 });
  await expect(kpiCard(page, 'Active students', data.total.toLocaleString('en-US'))).toBeVisible();
  await kpiCard(page, 'Active students').click();
  await expect(page).toHaveURL(/#\/students$/);
  await expect(page.getByText(`${data.total.toLocaleString('en-US')} students`)).toBeVisible();
});

test('students: create with validation, find, edit and archive with undo', async ({ page }) => {
  await openApp(page, '/students');
  await page.getByRole('button', { name: 'New student' }).click();
  const dialog = page.getByRole('dialog', { name: 'New student' });
  await dialog.getByLabel('First name').fill('Marisol');
  await dialog.getByRole('textbox', { name: 'Last name' }).fill('Quintero-Whitfield');
  await dialog.getByLabel('Student ID').fill('S999001');
  await dialog.getByLabel('School email').fill('marisol at northfield');
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(dialog.getByText('This must be an email address like name@example.edu')).toBeVisible();
  await dialog.getByLabel('School email').fill('marisol.qw@northfield.edu');
  await dialog.getByLabel('Class year').fill('2027');
  await dialog.getByRole('button', { name: 'Add student' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Marisol Quintero-Whitfield', exact: true })).toBeVisible();
  // The class year is said once, among the header's facts.
  await expect(page.getByText('S999001', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('2027', { exact: true })).toHaveCount(1);

  // A second student with the same ID is refused, and the form says why.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Students' }).click();
  await page.getByRole('button', { name: 'New student' }).click();
  const second = page.getByRole('dialog', { name: 'New student' });
  await second.getByLabel('First name').fill('Other');
  await second.getByRole('textbox', { name: 'Last name' }).fill('Person');
  await second.getByLabel('Student ID').fill('S999001');
  await second.getByRole('button', { name: 'Add student' }).click();
  await expect(second.getByText('Another student (Marisol Quintero-Whitfield) already has the student ID S999001.')).toBeVisible();
  await second.getByRole('button', { name: 'Cancel' }).click();

  // Search as you type in the table.
  await page.getByRole('textbox', { name: 'Search' }).fill('quintero');
  await expect(page.getByText('1 student', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Marisol Quintero-Whitfield' }).click();

  // Edit.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /^Edit / });
  await edit.getByLabel('Preferred name').fill('Mari');
  await edit.getByRole('combobox', { name: 'Program' }).fill('Public Health');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mari Quintero-Whitfield', exact: true })).toBeVisible();
  await expect(page.getByText('Public Health').first()).toBeVisible();

  // Archive asks first, then can be undone.
  await page.getByRole('button', { name: 'Archive' }).click();
  await page
    .getByRole('dialog', { name: /Archive Mari/ })
    .getByRole('button', { name: 'Archive' })
    .click();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page
    .getByRole('dialog', { name: /Archive Mari/ })
    .getByRole('button', { name: 'Archive' })
    .click();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();

  // Archived students leave the default (active) list but are one filter away.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Students' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('quintero');
  await expect(page.getByText('No students match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Archived' }).click();
  await expect(page.getByRole('link', { name: 'Mari Quintero-Whitfield' })).toBeVisible();
});

test('command palette finds a student by ID and opens their page', async ({ page }) => {
  await openApp(page, '/dashboard');
  // The shortcut is live once the shell has rendered.
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByPlaceholder('Find a student, contact, employer or event, or type a command…').fill('S100042');
  await page.getByRole('button', { name: /S100042/ }).click();
  await expect(page).toHaveURL(/#\/students\/42$/);
});

test('filters and sorting run on the server and survive a reload', async ({ page }) => {
  await openApp(page, '/students');
  await page.getByRole('combobox', { name: 'Class year' }).click();
  const year = (await page.getByRole('option').last().textContent()) ?? '';
  await page.getByRole('option').last().click();
  await page
    .getByRole('table', { name: 'Students' })
    .getByRole('button', { name: /^Program/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`year=${year}.*sort=program`));
  await page.reload();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText(year);
  const programs = await page.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(programs.length).toBeGreaterThan(1);
  expect([...programs].sort((a, b) => a.localeCompare(b))).toEqual(programs);
});

test('contacts, employers and events list what the office holds', async ({ page }) => {
  await openApp(page, '/contacts');
  await expect(page.getByText(`${(await api(page.request, 'contacts.list', {})).total} contacts`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Mentor volunteers only' }).check();
  await expect(page.getByText(`${(await api(page.request, 'contacts.list', { mentorsOnly: true })).total} contacts`)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Employers' }).click();
  await expect(page.getByText(`${(await api(page.request, 'employers.list', {})).total} employers`)).toBeVisible();

  // A placement is listed from both other sides with the same columns: at its employer and under its supervisor.
  const employers = (await api(page.request, 'employers.list', {})).rows;
  const placed = await Promise.all(employers.map(async (e) => (await api(page.request, 'employers.placements', { employerId: e.id }))[0]));
  const held = placed.find((p) => p !== undefined);
  if (!held) throw new Error('The demo office has no placement to look at.');
  await openApp(page, `/employers/${held.employerId}`);
  const atEmployer = page.getByRole('table', { name: 'Placements at this employer' });
  await expect(atEmployer.getByRole('link', { name: held.studentName }).first()).toBeVisible();
  if (held.supervisorContactId !== null) {
    await atEmployer
      .getByRole('link', { name: held.supervisorName ?? 'Supervisor' })
      .first()
      .click();
    const supervised = page.getByRole('table', { name: 'Placements supervised' });
    await expect(supervised.getByRole('link', { name: held.studentName }).first()).toBeVisible();
  }
  await openApp(page, '/employers');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByText(`${(await api(page.request, 'events.list', { when: 'upcoming' })).total} events`)).toBeVisible();
  await page.getByText('Past', { exact: true }).click();
  await expect(page.getByText(`${(await api(page.request, 'events.list', { when: 'past' })).total} events`)).toBeVisible();
});
