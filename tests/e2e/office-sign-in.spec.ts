import { expect, test } from '@playwright/test';
import { officeAdmin } from '../../playwright.config';
import { adminClient, choose, officeBase, signIn } from './office-server';

// The office server's renderer: the sign-in page, the signed-in user in the header, Sign out, a session that ends,
// Settings → Users, and the screens each role is offered. One office file for the whole spec (a fresh one per run).

const advisor = { name: 'Amara Okafor', email: 'amara.okafor@example.edu', password: 'quiet meadow compass 318' };
const desk = { name: 'Dev Patel', email: 'dev.patel@example.edu', password: 'copper kettle orchard 77' };

test.beforeAll(async () => {
  // The office has an advisor record to link accounts to (made by the admin, as Settings → Advisors would).
  const admin = await adminClient();
  if (!(await admin.call('advisors.list', {})).some((a) => a.email === advisor.email)) {
    await admin.call('advisors.create', { name: advisor.name, email: advisor.email });
  }
  await admin.dispose();
});

test('a wrong password is refused with one message that names neither part', async ({ page }) => {
  await page.goto(`${officeBase}/`);
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(officeAdmin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The email or password is not right.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
});

test('too many failed sign-ins say how long to wait', async ({ page }) => {
  await page.goto(`${officeBase}/`);
  // An address nobody has: its own count (per email), far below the per-address limit the other tests share.
  await page.getByRole('textbox', { name: 'Email' }).fill('nobody.here@example.edu');
  const password = page.getByRole('textbox', { name: 'Password', exact: true });
  const refused = page.getByRole('alert').filter({ hasText: 'The email or password is not right.' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await password.fill(`wrong guess number ${attempt}`);
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth.signIn'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await answered;
    await expect(refused).toBeVisible();
  }
  await password.fill('wrong guess number 6');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Too many failed sign-ins\. Try again in \d+ minutes\./ })).toBeVisible();
});

test('the admin adds an advisor, signs out; the advisor signs in and sees their name and their screens', async ({ page }) => {
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  const header = page.getByRole('banner');
  await expect(header.getByText('Admin', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  // Who you are comes from the sign-in: no "I am" here.
  await expect(page.getByRole('heading', { name: 'Office', exact: true })).toBeVisible();
  await expect(page.getByLabel('I am')).toHaveCount(0);

  const users = page.getByRole('table', { name: 'Users' });
  await expect(users.getByText(officeAdmin.email)).toBeVisible();
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(advisor.name);
  await dialog.getByRole('textbox', { name: 'Email' }).fill(advisor.email);
  await choose(page, dialog, 'Linked advisor', advisor.name);
  await dialog.getByRole('textbox', { name: 'Password' }).fill('short');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  // The core's strength rule, placed on its field.
  await expect(dialog.getByText(/at least 12 characters/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Password' }).fill(advisor.password);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  const row = users.getByRole('row').filter({ hasText: advisor.email });
  await expect(row).toContainText('Advisor');
  await expect(row).toContainText(advisor.name);
  await expect(row).toContainText('Never');

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();

  await signIn(page, advisor.email, advisor.password, advisor.name);
  await expect(header.getByText('Advisor', { exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Students' })).toBeVisible();
  // Offered by the declared rules: an advisor manages no accounts, backups or imports and reads no office history.
  for (const screen of ['History', 'Import', 'Backups']) await expect(nav.getByRole('link', { name: screen })).toHaveCount(0);
  // Settings holds only what is theirs: their own two-step sign-in.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('tab')).toHaveText(['Two-step sign-in']);
  // An address kept from another session says what is not allowed rather than failing.
  await page.goto(`${officeBase}/#/backups`);
  await expect(page.getByRole('alert').filter({ hasText: 'Advisor accounts cannot open Backups.' })).toBeVisible();
});

test('a session that ends returns to the sign-in page and says so', async ({ page, context }) => {
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  // The cookie gone is what an expired or revoked session looks like to the server.
  await context.clearCookies();
  // Going to another screen asks the server again; the app may already have noticed (My day's live updates), so the
  // address changes rather than a click on a nav link that may be gone.
  await page.evaluate("location.hash = '#/students'");
  await expect(page.getByText('Your session ended; sign in again.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
});

test('Settings → Users: change a role, disable with a confirmation, and a front desk sees Events and Settings', async ({ page, browser }) => {
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  await page.goto(`${officeBase}/#/settings`);
  const users = page.getByRole('table', { name: 'Users' });
  await page.getByRole('button', { name: 'Add user' }).click();
  const add = page.getByRole('dialog', { name: 'Add a user' });
  await add.getByRole('textbox', { name: 'Name' }).fill(desk.name);
  await add.getByRole('textbox', { name: 'Email' }).fill(desk.email);
  await add.getByRole('textbox', { name: 'Password' }).fill(desk.password);
  await add.getByRole('button', { name: 'Add user' }).click();
  await expect(add).toBeHidden();

  // Change the role with the keyboard: the row's actions menu, then the role picker.
  const row = users.getByRole('row').filter({ hasText: desk.email });
  await row.getByRole('button', { name: `Actions for ${desk.name}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Change role or advisor…' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${desk.name}` });
  await choose(page, edit, 'Role', /^Front desk/);
  await expect(edit.getByText(`${desk.name} will be signed out everywhere`)).toBeVisible();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Front desk');

  // The front desk, in a browser of their own, is offered Events (and its check-in desk), and Settings for their own two-step sign-in.
  const deskContext = await browser.newContext();
  const deskPage = await deskContext.newPage();
  await signIn(deskPage, desk.email, desk.password, desk.name);
  const deskNav = deskPage.getByRole('navigation', { name: 'Main navigation' });
  await expect(deskNav.getByRole('link')).toHaveText(['Events', 'Settings']);
  await expect(deskPage.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  // My day is an advisor's own work: its address (kept from another session) takes the front desk to their first screen.
  await deskPage.goto(`${officeBase}/#/my-day`);
  await expect(deskPage).toHaveURL(/#\/events$/);
  await expect(deskPage.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();

  // Disabling asks first, then ends the front desk's session at once.
  await row.getByRole('button', { name: `Actions for ${desk.name}` }).click();
  await page.getByRole('menuitem', { name: 'Disable account…' }).click();
  const confirm = page.getByRole('dialog', { name: `Disable ${desk.name}?` });
  await expect(confirm).toContainText('signed out at once');
  await confirm.getByRole('button', { name: 'Disable account' }).click();
  await expect(row).toContainText('Disabled');
  await deskPage.reload();
  await expect(deskPage.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
  await deskContext.close();

  // And enabling is one click back.
  await row.getByRole('button', { name: `Actions for ${desk.name}` }).click();
  await page.getByRole('menuitem', { name: 'Enable account' }).click();
  await expect(row).not.toContainText('Disabled');
});

test('History filters by who did it', async ({ page }) => {
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  await page.goto(`${officeBase}/#/history?action=all`);
  const who = `${officeAdmin.name} <${officeAdmin.email}>`;
  await choose(page, page.getByRole('main'), 'Who', who);
  await expect(page).toHaveURL(/who=/);
  const rows = page.getByRole('table', { name: 'History' }).getByRole('row');
  await expect(rows.nth(1)).toContainText(who);
  await expect(rows.filter({ hasNotText: who })).toHaveCount(1); // the header row
});

test('a viewer reads a student and the contacts but is offered no Edit and no New contact', async ({ page }) => {
  const viewer = { name: 'Vera Lindqvist', email: 'vera.lindqvist@example.edu', password: 'silver lantern harbour 52' };
  const admin = await adminClient();
  if (!(await admin.call('users.list', {})).some((u) => u.email === viewer.email)) await admin.call('users.add', { ...viewer, role: 'viewer' });
  const student = await admin.call('students.create', { firstName: 'Iris', lastName: 'Viewed', externalId: `VIEW-${Date.now()}` });
  await admin.dispose();

  await signIn(page, viewer.email, viewer.password, viewer.name);
  // No My day for a viewer (it is an advisor's own caseload as work): not in the navigation, and its address goes to the dashboard.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'My day' })).toHaveCount(0);
  await page.goto(`${officeBase}/#/my-day`);
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.goto(`${officeBase}/#/students/${student.id}`);
  await expect(page.getByRole('heading', { name: 'Iris Viewed', level: 1 })).toBeVisible();
  // What the server would refuse is not offered: the rules the contract declares say a viewer changes nothing. Each
  // section has loaded (its empty state reads) before its button is looked for, so a missing button is missing, not late.
  for (const [section, empty, button] of [
    ['overview', 'No notes yet.', 'Archive'],
    ['goals', 'No goals yet', 'New goal'],
    ['connections', 'No connections yet', 'Add connection'],
    ['placements', 'No placements yet', 'Add placement'],
  ] as const) {
    await page.getByRole('tab', { name: new RegExp(`^${section}$`, 'i') }).click();
    await expect(page.getByText(empty).first()).toBeVisible();
    for (const name of ['Edit', button]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.goto(`${officeBase}/#/contacts`);
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New contact' })).toHaveCount(0);
});
