import { expect, test, type Browser, type Page } from '@playwright/test';
import { blockingFindings, describeFindings } from './axe';
import { officeAdmin } from '../../playwright.config';
import { adminClient, fairUnderWay, officeBase, signIn } from './office-server';
import { useScheme } from './scheme';

// Issue 18 item 7 on the office server: the desk shows the event's QR code; a phone-sized page opens its address (what
// a scan does), the student types a school email and is checked in, and the desk — not reloaded — shows the arrival
// within 2 s. An address whose minute has passed is refused. Both screens pass the axe gate, light and dark.

const stamp = Date.now().toString(36);
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let serial = 0;

async function setUp() {
  serial += 1;
  const email = `pia.phone.${stamp}.${serial}@example.edu`;
  const admin = await adminClient();
  const student = await admin.call('students.create', { firstName: 'Pia', lastName: `Phone${stamp}`, schoolEmail: email });
  const event = await fairUnderWay(admin, `Phone check-in fair ${stamp}`, [student.id]);
  await admin.dispose();
  return { eventId: event.id, email };
}

async function openQr(page: Page, eventId: number): Promise<string> {
  await page.goto(`${officeBase}/#/events/${eventId}/check-in`);
  await page.getByRole('button', { name: 'Show check-in QR' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('img', { name: /QR code to check in/ })).toBeVisible();
  return (await dialog.getByTestId('self-check-in-address').textContent()) ?? '';
}

async function phonePage(browser: Browser, scheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await useScheme(page, scheme);
  return { context, page };
}

test('a student checks in on a phone from the QR address; the desk shows the arrival within 2 s', async ({ page, browser }) => {
  const { eventId, email } = await setUp();
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  const address = await openQr(page, eventId);
  expect(address).toMatch(new RegExp(`^${officeBase}/#/check-in/${eventId}\\.`));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('0 of 1 arrived')).toBeVisible();

  const student = await phonePage(browser);
  try {
    await student.page.goto(address);
    await expect(student.page.getByRole('heading', { name: `Phone check-in fair ${stamp}` })).toBeVisible();
    await student.page.getByRole('textbox', { name: 'Your school email' }).fill(email);
    await student.page.getByRole('button', { name: 'Check me in' }).click();
    await expect(student.page.getByRole('heading', { name: 'You’re checked in' })).toBeVisible();
    // The desk neither reloads nor polls: the office server's live stream brings the arrival.
    await expect(page.getByText('1 of 1 arrived')).toBeVisible({ timeout: 2_000 });
  } finally {
    await student.context.close();
  }
});

test('an address whose minute has passed is refused', async ({ page, browser }) => {
  const { eventId } = await setUp();
  await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  const address = await openQr(page, eventId);
  // The token is <event>.<minute, base 36>.<signature>: two minutes earlier is past its time.
  const expired = address.replace(
    /(\/check-in\/\d+)\.([0-9a-z]+)\./,
    (_, start: string, minute: string) => `${start}.${(parseInt(minute, 36) - 2).toString(36)}.`,
  );
  const student = await phonePage(browser);
  try {
    await student.page.goto(expired);
    await expect(student.page.getByText('This code does not work')).toBeVisible();
    await expect(student.page.getByText(/expired/)).toBeVisible();
    await expect(student.page.getByRole('textbox', { name: 'Your school email' })).toHaveCount(0);
  } finally {
    await student.context.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the QR dialog and the phone page pass the axe gate (${scheme})`, async ({ page, browser }) => {
    const { eventId } = await setUp();
    await useScheme(page, scheme);
    await signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
    const address = await openQr(page, eventId);
    const dialogFindings = await blockingFindings(page, '[role="dialog"]');
    expect(dialogFindings, describeFindings(`check-in QR dialog (${scheme})`, dialogFindings)).toEqual([]);
    const student = await phonePage(browser, scheme);
    try {
      await student.page.goto(address);
      await expect(student.page.getByRole('textbox', { name: 'Your school email' })).toBeVisible();
      const findings = await blockingFindings(student.page);
      expect(findings, describeFindings(`phone check-in page (${scheme})`, findings)).toEqual([]);
    } finally {
      await student.context.close();
    }
  });
}
