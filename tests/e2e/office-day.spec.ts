import { expect, test, type Browser, type Page } from '@playwright/test';
import { officeDayPort } from '../../playwright.config';
import { choose, officeAt } from './office-server';

// Issue 15, the first "Done when": a day at one office server, each person in a browser of their own.
// Advisor A edits a student of her caseload while advisor B has the student open (B may read it: "advisors see the
// whole office" is on) and the director has the edit form open — B sees the change without reloading, within 2 s;
// the director's save, made on the version she loaded, gets the conflict dialog. (An advisor cannot change another
// advisor's student, so the stale save is the director's: the rules make that conflict the real one.) B cannot open
// A's confidential student and the refusal is in the audit; the front desk checks students in and is not offered
// readiness, not even by its address; History says who did what, filtered by user.
// Its own office file (port officeDayPort): nothing here depends on another spec's data.

const office = officeAt(officeDayPort);

interface Person {
  name: string;
  email: string;
  password: string;
}
const ada: Person = { name: 'Ada Lindqvist', email: 'ada.lindqvist@example.edu', password: 'granite lantern orchard 51' };
const ben: Person = { name: 'Ben Okoro', email: 'ben.okoro@example.edu', password: 'silver compass meadow 73' };
const dana: Person = { name: 'Dana Whitfield', email: 'dana.whitfield@example.edu', password: 'harbour violet kettle 26' };
const finn: Person = { name: 'Finn Castillo', email: 'finn.castillo@example.edu', password: 'copper signal heron 88' };
const actor = (p: Person) => `${p.name} <${p.email}>`;

/** Today at hh:mm on this machine's clock, with its offset (the browser runs on the same clock). */
function todayAt(hours: number, minutes: number): string {
  const d = new Date();
  d.setHours(hours, minutes, 0, 0);
  const offset = -d.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hours)}:${pad(minutes)}:00${zone}`;
}

let iris: { id: number };
let quinn: { id: number };
let event: { id: number };

// The morning before anyone signs in: the admin sets the office up through the server (the core's own procedures).
test.beforeAll(async () => {
  const admin = await office.adminClient();
  try {
    const adaAdvisor = await admin.call('advisors.create', { name: ada.name, email: ada.email });
    const benAdvisor = await admin.call('advisors.create', { name: ben.name, email: ben.email });
    await admin.call('users.add', { ...ada, role: 'advisor', advisorId: adaAdvisor.id });
    await admin.call('users.add', { ...ben, role: 'advisor', advisorId: benAdvisor.id });
    await admin.call('users.add', { ...dana, role: 'director' });
    await admin.call('users.add', { ...finn, role: 'frontdesk' });
    // The setting this day relies on, said out loud (it is the default).
    await admin.call('settings.update', { advisorsSeeWholeOffice: true });

    iris = await admin.call('students.create', { firstName: 'Iris', lastName: 'Calloway', phone: '555-0100', advisorId: adaAdvisor.id });
    quinn = await admin.call('students.create', {
      firstName: 'Quinn',
      lastName: 'Marsh',
      program: 'Public Health',
      advisorId: adaAdvisor.id,
      confidential: true,
    });
    const nova = await admin.call('students.create', {
      firstName: 'Nova',
      lastName: 'Reyes',
      externalId: 'S-2031-017',
      program: 'Astronomy',
      classYear: 2031,
      advisorId: benAdvisor.id,
    });
    const orion = await admin.call('students.create', {
      firstName: 'Orion',
      lastName: 'Blake',
      program: 'Astronomy',
      classYear: 2031,
      advisorId: adaAdvisor.id,
    });
    event = await admin.call('events.create', {
      title: 'Spring Alumni Mixer',
      kind: 'alumni_mixer',
      format: 'in_person',
      startsAt: todayAt(0, 5),
      endsAt: todayAt(23, 55),
      status: 'scheduled',
    });
    // Quinn is on the list too: the front desk must not find a confidential student at the door.
    await admin.call('events.invite', { eventId: event.id, studentIds: [nova.id, orion.id, quinn.id] });
  } finally {
    await admin.dispose();
  }
});

/** One person's own browser (cookies of their own), signed in through the sign-in page. */
async function signedIn(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await office.signIn(page, person.email, person.password, person.name);
  return page;
}

/** A mark on the page's global object: still there later means the page was never reloaded. */
async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(globalThis, { officeDayMark: true }));
}
async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => 'officeDayMark' in globalThis);
}

test('a day at the office: live edits and a conflict, a confidential student, the front desk, and who did what', async ({ browser }) => {
  const [a, b, desk, director] = [await signedIn(browser, ada), await signedIn(browser, ben), await signedIn(browser, finn), await signedIn(browser, dana)];
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

  await test.step('each person sees who they are signed in as', async () => {
    for (const [page, person, role] of [
      [a, ada, 'Advisor'],
      [b, ben, 'Advisor'],
      [desk, finn, 'Front desk'],
      [director, dana, 'Director'],
    ] as const) {
      const header = page.getByRole('banner');
      await expect(header.getByText(person.name, { exact: true })).toBeVisible();
      await expect(header.getByText(role, { exact: true })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
    }
  });

  await test.step('A edits her student while B has him open and the director is editing: B sees it live; the director gets the conflict', async () => {
    await b.goto(`${office.base}/#/students/${iris.id}`);
    await expect(b.getByRole('heading', { name: 'Iris Calloway', level: 1 })).toBeVisible();
    // B may read A's student but not change her: the page offers no Edit or Archive, and says why.
    await expect(b.getByText(`Read only: Iris Calloway is in ${ada.name}'s caseload.`)).toBeVisible();
    await expect(b.getByRole('button', { name: /^(Edit|Archive)$/ })).toHaveCount(0);
    await markNoReload(b);

    await director.goto(`${office.base}/#/students/${iris.id}`);
    await director.getByRole('button', { name: 'Edit' }).click();
    const directorForm = director.getByRole('dialog', { name: /^Edit / });
    await expect(directorForm.getByLabel('Phone')).toHaveValue('555-0100');

    await a.goto(`${office.base}/#/students/${iris.id}`);
    await a.getByRole('button', { name: 'Edit' }).click();
    const adaForm = a.getByRole('dialog', { name: /^Edit / });
    await adaForm.getByLabel('Preferred name').fill('Ris');
    await adaForm.getByLabel('Phone').fill('555-0199');
    await adaForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(adaForm).toBeHidden();

    // B's open page shows A's change by itself (the office server pushes it), no reload, within 2 s.
    await expect(b.getByRole('heading', { name: 'Ris Calloway', level: 1 })).toBeVisible({ timeout: 2_000 });
    await expect(b.getByText('555-0199')).toBeVisible();
    expect(await wasNotReloaded(b)).toBe(true);

    // The director saves what she typed on the version she loaded: refused, and told what A changed.
    await directorForm.getByLabel('Notes').fill('Wants a mentor in public health');
    await directorForm.getByRole('button', { name: 'Save changes' }).click();
    const conflict = director.getByRole('dialog', { name: 'Someone else saved this record' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText(new RegExp(`changed by ${ada.name}.*while you were editing; nothing was saved`))).toBeVisible();
    const changes = conflict.getByRole('table', { name: 'Fields changed by someone else' });
    await expect(changes.getByRole('row', { name: /Phone/ })).toContainText('555-0199');
    await expect(changes.getByRole('row', { name: /Preferred name/ })).toContainText('Ris');
    await conflict.getByRole('button', { name: 'Use my changes' }).click();
    await expect(conflict).toBeHidden();
    await expect(directorForm).toBeHidden();

    // Both edits are kept, and A's and B's open pages show the director's notes live.
    for (const page of [a, b]) {
      await expect(page.getByText('Wants a mentor in public health')).toBeVisible({ timeout: 2_000 });
      await expect(page.getByRole('heading', { name: 'Ris Calloway', level: 1 })).toBeVisible();
    }
    expect(await wasNotReloaded(b)).toBe(true);
  });

  await test.step("B cannot open A's confidential student: a clear message, and not listed or found", async () => {
    await b.goto(`${office.base}/#/students/${quinn.id}`);
    const refusal = b.getByRole('alert');
    await expect(refusal).toContainText('That student is not visible to you.');
    await expect(refusal.getByRole('link', { name: 'Back to students' })).toBeVisible();
    await expect(b.getByText('Quinn Marsh')).toHaveCount(0);
    await expect(b.getByText('Public Health')).toHaveCount(0);

    await nav(b).getByRole('link', { name: 'Students' }).click();
    const students = b.getByRole('table', { name: 'Students' });
    await expect(students.getByRole('link', { name: 'Ris Calloway' })).toBeVisible();
    await expect(students.getByText('Quinn Marsh')).toHaveCount(0);

    // A, her advisor, opens her.
    await a.goto(`${office.base}/#/students/${quinn.id}`);
    await expect(a.getByRole('heading', { name: 'Quinn Marsh', level: 1 })).toBeVisible();
    await expect(a.getByText('Confidential', { exact: true })).toBeVisible();
  });

  await test.step('the front desk checks students in and is not offered readiness, not even by its address', async () => {
    // Events, and Settings for their own two-step sign-in.
    await expect(nav(desk).getByRole('link')).toHaveText(['Events', 'Settings']);
    await nav(desk).getByRole('link', { name: 'Events' }).click();
    await desk.getByRole('link', { name: 'Spring Alumni Mixer' }).first().click();
    await desk.getByRole('link', { name: 'Check-in' }).click();
    await expect(desk.getByRole('heading', { name: 'Check-in: Spring Alumni Mixer' })).toBeVisible();

    // Before anything is typed the desk lists who is expected; the confidential invitee is neither listed nor counted.
    await expect(desk.getByText('0 of 2 arrived')).toBeVisible();
    await expect(desk.getByRole('list', { name: 'Expected attendees' }).getByRole('listitem')).toHaveCount(2);
    const find = desk.getByRole('textbox', { name: 'Find attendee' });
    const matches = desk.getByRole('list', { name: 'Matching attendees' });
    // By student ID, as a card scanner types it: name, ID and class year only — no program.
    await find.fill('S-2031-017');
    await expect(matches.getByText('Nova Reyes')).toBeVisible();
    await expect(matches.getByText('S-2031-017')).toBeVisible();
    await expect(matches.getByText('Astronomy')).toHaveCount(0);
    await find.press('Enter');
    await expect(desk.getByText(/^Checked in Nova Reyes/)).toBeVisible();
    await find.fill('orion bl');
    await matches.getByRole('button', { name: 'Check in Orion Blake' }).click();
    await expect(desk.getByText(/^Checked in Orion Blake at /)).toBeVisible();
    await expect(desk.getByText('2 of 2 arrived')).toBeVisible();
    // The confidential invitee is not found at the door.
    await find.fill('quinn');
    await expect(desk.getByText('No attendee matches “quinn”.', { exact: false })).toBeVisible();

    // Readiness lives on the dashboard and the student's page: neither is offered, and typing their addresses says why.
    await expect(nav(desk).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
    await expect(nav(desk).getByRole('link', { name: 'Students' })).toHaveCount(0);
    for (const address of [`#/students/${iris.id}`, '#/students?readiness=ready']) {
      await desk.goto(`${office.base}/${address}`);
      await expect(desk.getByRole('alert').filter({ hasText: 'Front desk accounts cannot open Students.' })).toBeVisible();
      await expect(desk.getByText('Ris Calloway')).toHaveCount(0);
      await expect(desk.getByRole('region', { name: 'Readiness' })).toHaveCount(0);
    }
    await desk.goto(`${office.base}/#/`);
    await expect(desk.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  });

  await test.step('History, as the director, shows who did what, filtered by user', async () => {
    await nav(director).getByRole('link', { name: 'History' }).click();
    await director.goto(`${office.base}/#/history?action=all`);
    const main = director.getByRole('main');
    const rows = director.getByRole('table', { name: 'History' }).getByRole('row');
    const only = async (person: Person) => {
      await choose(director, main, 'Who', actor(person));
      await expect(rows.nth(1)).toContainText(actor(person));
      await expect(rows.filter({ hasNotText: actor(person) })).toHaveCount(1); // the header row
    };

    await only(ada);
    await expect(rows.filter({ hasText: 'Update' }).filter({ hasText: 'Student' }).first()).toBeVisible();
    await expect(rows.filter({ hasText: 'Sign in' }).first()).toBeVisible();

    await only(ben);
    const refused = rows.filter({ hasText: 'Refused' });
    await expect(refused.first()).toBeVisible();
    await expect(refused.filter({ hasText: 'That student is not visible to you.' }).first()).toBeVisible();

    await only(finn);
    await expect(rows.filter({ hasText: 'Update' }).filter({ hasText: 'Event attendees' })).toHaveCount(2);

    await only(dana);
    await expect(rows.filter({ hasText: 'Update' }).filter({ hasText: 'Student' }).first()).toBeVisible();
  });

  for (const page of [a, b, desk, director]) await page.context().close();
});
