import { expect, test, type Locator, type Page } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, eventUnderWay, isoDaysAgo, startedOffice } from './empty-office';

// Issue 17, item 1: the everyday jobs done with the keyboard alone. After the page is opened, every step is a key
// press or typing (page.keyboard): no clicks, no fill(). Where the flow ends is checked on screen and through the API.

test.beforeAll(({ request }) => startedOffice(request));

/** Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el.matches(':focus')).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached by ${back ? 'Shift+Tab' : 'Tab'} within ${max} presses`).toBeFocused();
}

/** Presses ArrowDown in an open menu or list until `target` has focus. */
async function arrowTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el.matches(':focus') || el.getAttribute('data-combobox-selected') === 'true').catch(() => false)) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${base}/?token=${e2eToken}#${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('log a touchpoint for a connection: Tab to Log, Enter, arrow to the kind, Enter; focus returns to the button', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Keya', lastName: 'Board' });
  const contact = await api(request, 'contacts.create', { firstName: 'Tobias', lastName: 'Keyes' });
  await api(request, 'connections.create', { studentId: student.id, contactId: contact.id, relationship: 'mentor' });

  await open(page, `/students/${student.id}/connections`);
  const row = page.getByRole('table', { name: 'Connections' }).getByRole('row', { name: /Tobias Keyes/ });
  const log = row.getByRole('button', { name: 'Log' });
  await tabTo(page, log);
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: 'Thank-you note' });
  await expect(item).toBeVisible();
  await arrowTo(page, item);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Logged thank-you note with Tobias Keyes today' })).toBeVisible();
  // The menu closed and gave focus back to what opened it, not to <body>.
  await expect(log).toBeFocused();
  const [connection] = await api(request, 'connections.forStudent', { studentId: student.id });
  expect(connection?.lastTouchOn).toBe(isoDaysAgo(0));
});

test('create a goal: Enter on New goal, type the description, Enter saves; focus returns to New goal', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Gale', lastName: 'Keystroke' });

  await open(page, `/students/${student.id}/goals`);
  const add = page.getByRole('region', { name: 'Goals' }).getByRole('button', { name: 'New goal' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await expect(dialog).toBeVisible();
  // The dialog traps focus: Tab from the last control comes back inside it.
  await tabTo(page, dialog.getByRole('textbox', { name: 'Description' }));
  await page.keyboard.type('Ask two alumni how they chose their first job');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Goals' }).getByRole('article', { name: 'Ask two alumni how they chose their first job' })).toBeVisible();
  await expect(add).toBeFocused();
  const goals = await api(request, 'goals.forStudent', { studentId: student.id });
  expect(goals.map((g) => g.description)).toEqual(['Ask two alumni how they chose their first job']);
});

test('check a student in at the desk: type the name, Enter', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Desmond', lastName: 'Keypad' });
  const event = await eventUnderWay(request, 'Keyboard Careers Evening');
  await api(request, 'events.invite', { eventId: event.id, studentIds: [student.id] });

  await open(page, `/events/${event.id}/check-in`);
  const find = page.getByRole('textbox', { name: 'Find attendee' });
  await tabTo(page, find);
  await page.keyboard.type('desmond ke');
  await expect(page.getByRole('listitem').filter({ hasText: 'Desmond Keypad' })).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByText(/^1 of 1\b/).first()).toBeVisible();
  // Ready for the next person without reaching for the mouse.
  await expect(find).toBeFocused();
  expect((await api(request, 'events.get', { id: event.id })).counts.checkedIn).toBe(1);
});

test('export a reference list: Tab to Export reference list, choose Word with the arrows, Enter downloads', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Ada', lastName: 'Keyworth', personalEmail: 'ada.k@example.com' });
  const contact = await api(request, 'contacts.create', { firstName: 'Reza', lastName: 'Ference', email: 'reza@example.org', verifiedOn: isoDaysAgo(10) });
  await api(request, 'connections.create', {
    studentId: student.id,
    contactId: contact.id,
    relationship: 'supervisor',
    sinceOn: isoDaysAgo(400),
    referenceStatus: 'agreed',
    referenceStatusOn: isoDaysAgo(20),
  });

  await open(page, `/students/${student.id}/references`);
  const exportButton = page.getByRole('region', { name: 'Reference readiness' }).getByRole('button', { name: 'Export reference list' });
  await tabTo(page, exportButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Export reference list/ });
  await expect(dialog).toBeVisible();
  // Tab stops on the chosen format (PDF); the arrow keys move the choice within the group.
  await tabTo(page, dialog.getByRole('radio', { name: 'PDF' }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Export' }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('Ada-Keyworth-references.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ada-Keyworth-references.docx' })).toBeVisible();
});

test('delete a connection from its row: the confirm dialog traps focus, and focus lands on the next row, not on the page', async ({ page, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Rowan', lastName: 'Removal' });
  for (const [first, last] of [
    ['Abel', 'Aardvark'],
    ['Bea', 'Brook'],
  ] as const) {
    const contact = await api(request, 'contacts.create', { firstName: first, lastName: last });
    await api(request, 'connections.create', { studentId: student.id, contactId: contact.id, relationship: 'mentor' });
  }

  await open(page, `/students/${student.id}/connections`);
  const table = page.getByRole('table', { name: 'Connections' });
  await tabTo(page, table.getByRole('button', { name: 'Delete connection: Abel Aardvark' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete the connection with Abel Aardvark?' });
  await expect(dialog).toBeVisible();
  // Tab cycles inside the dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
  }
  await tabTo(page, dialog.getByRole('button', { name: 'Delete connection' }));
  await page.keyboard.press('Enter');

  await expect(table.getByRole('row', { name: /Abel Aardvark/ })).toHaveCount(0);
  const next = table.getByRole('row', { name: /Bea Brook/ });
  await expect.poll(() => next.evaluate((row) => row.contains(row.ownerDocument.activeElement))).toBe(true);
  expect(await api(request, 'connections.forStudent', { studentId: student.id })).toHaveLength(1);
});
