/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they read window and document.
import { expect, test, type Page } from '@playwright/test';
import { dashboardPort, e2eToken, firstRunPort, officeAdmin, officePort } from '../../playwright.config';
import { officeApi } from './api';
import { adminClient, fairUnderWay, officeBase, signIn } from './office-server';
import { blockingFindings, describeFindings } from './axe';
import { useScheme } from './scheme';

// The accessibility gate (WCAG 2.1 A and AA, axe-core): every screen and every dialog it opens, in the light and the
// dark theme, with no serious or critical violation. One page per theme walks the demo office (the dashboard's: a
// demo its spec, caseload.spec or this one loads), so the scan stays fast; findings are soft so one run lists them all.
const { base, api, demoOffice } = officeApi(dashboardPort);
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** How a dialog is opened from the screen it belongs to: a button (or a menu item after it), or a key. */
type Opener = { button: string | RegExp; then?: string | RegExp } | { key: string };

interface Dialog {
  name: string;
  open: Opener;
  /** Offered only when the demo's data calls for it (a wrap-up due, an event already held): skipped when absent. */
  optional?: boolean;
}

interface Screen {
  name: string;
  path: string;
  /** A heading that says the screen has drawn. */
  heading: string | RegExp;
  /** What to do on the screen before its dialogs (tick a row so the bulk actions show). */
  prepare?: (page: Page) => Promise<void>;
  dialogs?: Dialog[];
}

interface Records {
  student: number;
  contact: number;
  employer: number;
  /** An event whose door is open today when the demo has one (the desk and its kiosk), else the next one. */
  event: number;
  /** An event already over (its after-the-event offers). */
  pastEvent: number;
}

const tickFirstRow = async (page: Page) => {
  await page
    .getByRole('checkbox', { name: /^Select / })
    .first()
    .check();
};

function screens(r: Records): Screen[] {
  const student = `/students/${r.student}`;
  const optional = true;
  return [
    { name: 'my day', path: '/my-day', heading: 'My day', dialogs: [{ name: 'wrap-up draft', open: { button: 'Draft' }, optional }] },
    { name: 'dashboard', path: '/dashboard', heading: 'Dashboard', dialogs: [{ name: 'command palette', open: { key: 'Control+k' } }] },
    {
      name: 'students',
      path: '/students',
      heading: 'Students',
      dialogs: [
        { name: 'new student', open: { button: 'New student' } },
        { name: 'bulk assign advisor', open: { button: 'Assign advisor' }, optional },
      ],
      prepare: tickFirstRow,
    },
    {
      name: 'student record',
      path: student,
      heading: /./,
      dialogs: [
        { name: 'edit student', open: { button: 'Edit' } },
        { name: 'archive student', open: { button: 'Archive' } },
      ],
    },
    { name: 'student goals', path: `${student}/goals`, heading: /Goals/, dialogs: [{ name: 'new goal', open: { button: 'New goal' } }] },
    {
      name: 'student connections',
      path: `${student}/connections`,
      heading: /Connections/,
      dialogs: [
        { name: 'add connection', open: { button: 'Add connection' } },
        { name: 'log interaction', open: { button: /^Log$/, then: 'Log with details…' }, optional },
      ],
    },
    {
      name: 'student references',
      path: `${student}/references`,
      heading: /Reference/i,
      dialogs: [{ name: 'reference list export', open: { button: 'Export reference list' } }],
    },
    {
      name: 'student notes and tasks',
      path: `${student}/notes`,
      heading: /notes/i,
      dialogs: [
        { name: 'new note', open: { button: 'New note' } },
        { name: 'new task', open: { button: 'New task' } },
      ],
    },
    {
      name: 'student placements',
      path: `${student}/placements`,
      heading: /Placements/,
      dialogs: [{ name: 'new placement', open: { button: 'Add placement' } }],
    },
    {
      name: 'student milestones',
      path: `${student}/milestones`,
      heading: /Milestones/,
      dialogs: [{ name: 'new milestone', open: { button: 'Log milestone' } }],
    },
    { name: 'student timeline', path: `${student}/timeline`, heading: /Timeline/ },
    { name: 'losing touch', path: '/losing-touch', heading: 'Losing touch' },
    { name: 'contacts', path: '/contacts', heading: 'Contacts', dialogs: [{ name: 'new contact', open: { button: 'New contact' } }] },
    {
      name: 'contact',
      path: `/contacts/${r.contact}`,
      heading: /./,
      dialogs: [
        { name: 'edit contact', open: { button: 'Edit' } },
        { name: 'connect contact', open: { button: 'Add connection' } },
        { name: 'delete contact', open: { button: 'Delete' } },
        { name: 'new task for contact', open: { button: 'New task' } },
      ],
    },
    { name: 'employers', path: '/employers', heading: 'Employers', dialogs: [{ name: 'new employer', open: { button: 'New employer' } }] },
    {
      name: 'employer',
      path: `/employers/${r.employer}`,
      heading: /./,
      dialogs: [
        { name: 'edit employer', open: { button: 'Edit' } },
        { name: 'add contact at employer', open: { button: 'Add contact' } },
      ],
    },
    { name: 'events', path: '/events', heading: 'Events', dialogs: [{ name: 'new event', open: { button: 'New event' } }] },
    {
      name: 'event',
      path: `/events/${r.event}`,
      heading: /./,
      dialogs: [
        { name: 'edit event', open: { button: 'Edit' } },
        { name: 'invite by filter', open: { button: 'Invite by filter' } },
      ],
    },
    {
      name: 'past event',
      path: `/events/${r.pastEvent}`,
      heading: /./,
      dialogs: [{ name: 'drop goals of no-shows', open: { button: /^Drop goals of no-shows/ }, optional }],
    },
    {
      name: 'check-in desk',
      path: `/events/${r.event}/check-in`,
      heading: /Check-in/,
      dialogs: [
        { name: 'add walk-in', open: { button: 'Add walk-in' }, optional },
        { name: 'start kiosk', open: { button: 'Kiosk mode' }, optional },
      ],
    },
    { name: 'history', path: '/history', heading: 'History' },
    { name: 'import', path: '/import', heading: 'Import' },
    { name: 'backups', path: '/backups', heading: 'Backups' },
    ...['office', 'keep-in-touch', 'readiness', 'goals', 'templates', 'data'].map((section) => ({
      name: `settings: ${section}`,
      path: `/settings?section=${section}`,
      heading: 'Settings',
    })),
    { name: 'setup checklist', path: '/setup', heading: 'Setup' },
  ];
}

/** The unsaved-changes guard: something typed into a new student, then Escape. */
async function scanDiscardGuard(page: Page, scheme: Scheme) {
  await page.evaluate(() => (window.location.hash = '/students'));
  await settled(page, 'Students');
  await page.getByRole('button', { name: 'New student' }).click();
  await page.getByRole('dialog', { name: 'New student' }).getByLabel('First name').fill('Unsaved');
  await page.keyboard.press('Escape');
  const guard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(guard).toBeVisible();
  await scan(page, `${scheme} discard unsaved changes?`, '[role="dialog"]');
  await guard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The self check-in kiosk (outside the Shell), started from the desk with an exit code, and its exit dialog. */
async function scanKiosk(page: Page, scheme: Scheme, event: number) {
  await page.evaluate((path) => (window.location.hash = path), `/events/${event}/check-in`);
  await settled(page, /Check-in/);
  const start = page.getByRole('button', { name: 'Kiosk mode' });
  if (!(await start.isVisible())) return; // the door is not open today: no kiosk to run
  await start.click();
  const dialog = page.getByRole('dialog', { name: 'Start kiosk mode' });
  await dialog.getByLabel('Exit code').fill('1234');
  await dialog.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('main', { name: 'Self check-in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await scan(page, `${scheme} kiosk`);
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  const exit = page.getByRole('dialog', { name: 'Exit the kiosk' });
  await expect(exit).toBeVisible();
  await scan(page, `${scheme} kiosk › exit`, '[role="dialog"]');
  await exit.getByLabel('Exit code').fill('1234');
  await exit.getByRole('button', { name: 'Exit kiosk' }).click();
  await expect(exit).toBeHidden();
}

/** The theme the app starts in: Mantine keeps the choice (the Shell's toggle) in localStorage. */
/** Waits until the screen has drawn its data: its heading, no loader, the network quiet. */
async function settled(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0, { timeout: 20_000 });
}

async function scan(page: Page, where: string, include?: string) {
  const findings = await blockingFindings(page, include);
  expect.soft(findings.length, describeFindings(where, findings)).toBe(0);
}

/** Opens a dialog; false when the screen does not offer it (a soft failure naming the control unless optional). */
async function openDialog(page: Page, where: string, { open, optional }: Dialog): Promise<boolean> {
  if ('key' in open) await page.keyboard.press(open.key);
  else {
    const button = page.getByRole('button', { name: open.button }).first();
    if (!(await button.isVisible())) {
      if (!optional) expect.soft(false, `${where}: no button named ${String(open.button)} to open it`).toBe(true);
      return false;
    }
    await button.click();
    if (open.then) await page.getByRole('menuitem', { name: open.then }).click();
  }
  await expect(page.getByRole('dialog').last()).toBeVisible();
  // Transitions are off under reduced motion; the dialog's own data may still be on its way.
  await page.waitForLoadState('networkidle');
  return true;
}

/** Escape closes an open list inside the dialog first, then the dialog. */
async function closeDialog(page: Page) {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function records(page: Page): Promise<Records> {
  const students = await api(page.request, 'students.list', { status: 'active', pageSize: 50 });
  const contacts = await api(page.request, 'contacts.list', { pageSize: 1 });
  const employers = await api(page.request, 'employers.list', { pageSize: 1 });
  const upcoming = await api(page.request, 'events.list', { when: 'upcoming', pageSize: 50 });
  const past = await api(page.request, 'events.list', { when: 'past', pageSize: 1 });
  const today = new Date().toDateString();
  const event = upcoming.rows.find((e) => new Date(e.startsAt).toDateString() === today) ?? upcoming.rows[0];
  const student = students.rows.find((s) => s.lastActivityOn !== null) ?? students.rows[0];
  if (!student || !contacts.rows[0] || !employers.rows[0] || !event || !past.rows[0]) throw new Error('The demo office lacks a record to open.');
  return { student: student.id, contact: contacts.rows[0].id, employer: employers.rows[0].id, event: event.id, pastEvent: past.rows[0].id };
}

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 1500, 4);
});

/**
 * The desktop app's office switch exists only where Electron's preload gives `window.rapport`: a stand-in bridge
 * answers the desktop's own calls (which office, connect) and passes every other call to browser mode's API.
 */
const fakeDesktopBridge = `window.rapport = {
  invoke: async (name, input) => {
    if (name === 'desktop.office') {
      const office = sessionStorage.getItem('fake-office');
      return { ok: true, data: office ? { kind: 'office', origin: office, caFingerprint: 'AB:CD', keepsSession: true } : { kind: 'local' } };
    }
    if (name === 'desktop.connect') {
      return { ok: false, error: { code: 'forbidden', message: 'Refused: the certificate of rapport.example.edu is not signed by an authority this computer trusts.' } };
    }
    const response = await fetch('/api/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rapport-token': '${e2eToken}' },
      body: JSON.stringify(input ?? {}),
    });
    return response.json();
  },
};`;

async function scanOfficeSwitch(page: Page, scheme: Scheme) {
  await page.addInitScript(fakeDesktopBridge);
  await page.goto(`${base}/#/dashboard`);
  await settled(page, 'Dashboard');
  await page.getByRole('button', { name: 'This computer’s office' }).click();
  const connect = page.getByRole('dialog', { name: 'Connect to an office server' });
  await expect(connect).toBeVisible();
  await scan(page, `${scheme} connect to an office server`, '[role="dialog"]');
  await connect.getByLabel('Office server address').fill('https://rapport.example.edu');
  await connect.getByRole('button', { name: 'Connect' }).click();
  await expect(connect.getByRole('alert')).toContainText('not signed by an authority');
  await scan(page, `${scheme} connect to an office server › refused`, '[role="dialog"]');
  await closeDialog(page);
  await page.evaluate(() => sessionStorage.setItem('fake-office', 'https://rapport.example.edu'));
  await page.reload();
  await settled(page, 'Dashboard');
  await page.getByRole('button', { name: 'rapport.example.edu' }).click();
  const connected = page.getByRole('dialog', { name: 'Office server' });
  await expect(connected.getByRole('button', { name: 'Back to this computer’s office' })).toBeVisible();
  await scan(page, `${scheme} office server`, '[role="dialog"]');
  await closeDialog(page);
}

/**
 * The door on the office server: an event under way with one registered student; the header's "1 waiting to send"
 * (a check-in made while the API is out of reach) and the desk's self check-in QR dialog.
 */
async function scanDoor(page: Page, scheme: Scheme) {
  const stamp = `${Date.now().toString(36)}${scheme}`;
  const admin = await adminClient();
  const student = await admin.call('students.create', { firstName: 'Ora', lastName: `Door${stamp}`, schoolEmail: `ora.${stamp}@example.edu` });
  const event = await fairUnderWay(admin, `Door fair ${stamp}`, [student.id]);
  for (const a of (await admin.call('events.attendees', { eventId: event.id })).rows)
    await admin.call('attendance.setRsvp', { attendanceId: a.attendanceId, rsvp: 'registered' });
  await admin.dispose();

  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  await page.goto(`${officeBase}/#/events/${event.id}/check-in`);
  await settled(page, /Check-in/);
  await page.route('**/api/attendance.checkIn', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: `Check in Ora Door${stamp}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'waiting to send' })).toHaveText('1 waiting to send');
  await scan(page, `${scheme} offline status`, 'header');
  await page.getByRole('button', { name: 'Show check-in QR' }).click();
  await expect(page.getByRole('dialog').getByRole('img', { name: /QR code to check in/ })).toBeVisible();
  await scan(page, `${scheme} self check-in QR`, '[role="dialog"]');
  await closeDialog(page);
}

for (const scheme of schemes) {
  test(`the door's offline status and self check-in QR dialog pass axe, ${scheme} theme`, async ({ page }) => {
    await useScheme(page, scheme);
    await scanDoor(page, scheme);
  });

  test(`every screen and dialog of the demo office passes axe (WCAG 2.1 AA), ${scheme} theme`, async ({ page }) => {
    test.setTimeout(600_000);
    await useScheme(page, scheme);
    await page.goto(`${base}/?token=${e2eToken}#/dashboard`);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    const found = await records(page);
    for (const screen of screens(found)) {
      await page.evaluate((path) => (window.location.hash = path), screen.path);
      await settled(page, screen.heading);
      await scan(page, `${scheme} ${screen.name}`);
      await screen.prepare?.(page);
      for (const dialog of screen.dialogs ?? []) {
        const where = `${scheme} ${screen.name} › ${dialog.name}`;
        if (!(await openDialog(page, where, dialog))) continue;
        await scan(page, where, '[role="dialog"]');
        await closeDialog(page);
      }
    }
    await scanDiscardGuard(page, scheme);
    // Last: the kiosk keeps the window until its exit code is given.
    await scanKiosk(page, scheme, found.event);
  });

  test(`the first-run and sign-in screens pass axe, ${scheme} theme`, async ({ page }) => {
    await useScheme(page, scheme);
    // An office nobody has opened: the welcome screen (looked at, not clicked: first-run-empty.spec opens it).
    await page.goto(`http://127.0.0.1:${firstRunPort}/?token=${e2eToken}#/`);
    await settled(page, 'Welcome to Rapport');
    await scan(page, `${scheme} first run`);
    // The office server before anyone signs in.
    await page.goto(`http://127.0.0.1:${officePort}/`);
    await settled(page, /Sign in/);
    await scan(page, `${scheme} sign-in`);
  });

  test(`the desktop app's office switch passes axe, ${scheme} theme`, async ({ page }) => {
    await useScheme(page, scheme);
    await scanOfficeSwitch(page, scheme);
  });
}
