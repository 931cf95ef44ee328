import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, eventUnderWay, startedOffice } from './empty-office';
import { useScheme } from './scheme';

// Issue 17 item 8 at 1440×900: with an empty search the desk lists who is expected (arrivals ticked), one click checks
// a student in, a walk-in is added and recorded as one, and the kiosk runs outside the app's navigation and asks for
// the exit code before it lets anyone leave. Screenshots of the desk and the kiosk, light and dark, for the notes.

test.use({ viewport: { width: 1440, height: 900 } });

const stamp = Date.now().toString(36);
let eventId = 0;

test.beforeAll(async ({ request }) => {
  await startedOffice(request);
  const names = [
    ['Yara', 'Quinn'],
    ['Abel', 'Stone'],
    ['Mina', 'Ortiz'],
    ['Theo', 'Baker'],
  ] as const;
  const ids: number[] = [];
  for (const [firstName, lastName] of names) {
    ids.push((await api(request, 'students.create', { firstName, lastName: `${lastName}`, schoolEmail: `${firstName}.${lastName}.${stamp}@example.edu` })).id);
  }
  await api(request, 'students.create', { firstName: 'Wendy', lastName: 'Walker', schoolEmail: `wendy.walker.${stamp}@example.edu` });
  const event = await eventUnderWay(request, `Door test fair ${stamp}`, { kind: 'career_fair', capacity: 50, status: 'scheduled' });
  eventId = event.id;
  await api(request, 'events.invite', { eventId, studentIds: ids });
  const rows = (await api(request, 'events.attendees', { eventId })).rows;
  const declined = rows.find((a) => a.studentName === 'Theo Baker');
  if (declined) await api(request, 'attendance.setRsvp', { attendanceId: declined.attendanceId, rsvp: 'declined' });
  for (const a of rows.filter((r) => r.studentName !== 'Theo Baker'))
    await api(request, 'attendance.setRsvp', { attendanceId: a.attendanceId, rsvp: 'registered' });
});

test('the desk lists who is expected, checks one in with a click, and adds a walk-in', async ({ page }) => {
  await page.goto(`${base}/?token=${e2eToken}#/events/${eventId}/check-in`);
  const list = page.getByRole('list', { name: 'Expected attendees' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  // By name (last name first), the student who declined left out.
  await expect(list.getByRole('listitem').first()).toContainText('Mina Ortiz');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Yara Quinn');
  await expect(list.getByRole('listitem').nth(2)).toContainText('Abel Stone');
  await expect(page.getByText('0 of 3 arrived')).toBeVisible();
  // The list takes the page's width: columns read down (the third name heads the second column), no empty right third.
  const main = await page.getByRole('main').boundingBox();
  const box = await list.boundingBox();
  // Its right edge reaches the main area's, less the page's padding (the main landmark starts under the navigation).
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan((main?.x ?? 0) + (main?.width ?? Infinity) - 48);
  const [first, third] = [await list.getByRole('listitem').first().boundingBox(), await list.getByRole('listitem').nth(2).boundingBox()];
  expect(third?.x ?? 0).toBeGreaterThan((first?.x ?? 0) + (first?.width ?? 0) / 2);

  await page.getByRole('button', { name: 'Check in Yara Quinn' }).click();
  await expect(list.getByRole('listitem').nth(1)).toContainText(/Arrived \d{1,2}:\d{2}/);
  await expect(page.getByText('1 of 3 arrived')).toBeVisible();

  // Typing filters; the list comes back when the box is cleared.
  await page.getByRole('textbox', { name: 'Find attendee' }).fill('abel');
  await expect(page.getByRole('list', { name: 'Matching attendees' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Find attendee' }).press('Escape');
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Add walk-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a walk-in' });
  await dialog.getByPlaceholder('Type a name, email or student ID').fill('Wendy');
  await page
    .getByRole('option', { name: /Wendy Walker/ })
    .first()
    .click();
  await dialog.getByRole('button', { name: 'Add and check in' }).click();
  await expect(dialog).toBeHidden();
  const walker = list.getByRole('listitem').filter({ hasText: 'Wendy Walker' });
  await expect(walker).toContainText('Walk-in');
  await expect(walker).toContainText(/Arrived/);
  await expect(page.getByText('2 of 4 arrived (1 walk-in)')).toBeVisible();

  // The event page says so too.
  await page.goto(`${base}/?token=${e2eToken}#/events/${eventId}`);
  // The attendee table comes first (the follow-ups table lists her too).
  await expect(page.getByRole('row', { name: /Wendy Walker/ }).first()).toContainText('(walk-in)');
});

test('the kiosk hides the navigation, shows only an exact match, and asks for the exit code to leave', async ({ page }) => {
  await page.goto(`${base}/?token=${e2eToken}#/events/${eventId}/check-in`);
  await page.getByRole('button', { name: 'Kiosk mode' }).click();
  const start = page.getByRole('dialog', { name: 'Start kiosk mode' });
  await start.getByLabel('Exit code').fill('4711');
  await start.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page).toHaveURL(new RegExp(`#/events/${eventId}/kiosk$`));
  await expect(page.getByRole('heading', { level: 1, name: `Door test fair ${stamp}` })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);

  const box = page.getByRole('textbox', { name: 'Check yourself in' });
  await box.fill('Abel');
  await box.press('Enter');
  await expect(page.getByText('Type your full name (first and last), your school email or your student ID.')).toBeVisible();
  await box.fill('abel stone');
  await box.press('Enter');
  await expect(page.getByText('Are you Abel Stone?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, check me in' }).click();
  await expect(page.getByText(/Welcome, Abel Stone! You are checked in/)).toBeVisible();

  // Back and an edited address are held.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/events/${eventId}/kiosk$`));
  await page.evaluate("window.location.hash = '#/students'");
  await expect(page).toHaveURL(new RegExp(`#/events/${eventId}/kiosk$`));
  await expect(page.getByRole('button', { name: 'Exit kiosk' })).toBeVisible();

  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  const exit = page.getByRole('dialog', { name: 'Exit the kiosk' });
  await exit.getByLabel('Exit code').fill('0000');
  await exit.getByRole('button', { name: 'Exit kiosk' }).click();
  await expect(exit.getByText('That is not the exit code.', { exact: false })).toBeVisible();
  await exit.getByLabel('Exit code').fill('4711');
  await exit.getByRole('button', { name: 'Exit kiosk' }).click();
  await expect(page).toHaveURL(new RegExp(`#/events/${eventId}/check-in$`));
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the desk and the kiosk (${scheme})`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto(`${base}/?token=${e2eToken}#/events/${eventId}/check-in`);
    await expect(page.getByRole('list', { name: 'Expected attendees' })).toBeVisible();
    await page.screenshot({ path: `.tmp/screens/check-in-desk-${scheme}.png` });
    await page.getByRole('button', { name: 'Kiosk mode' }).click();
    await page.getByRole('dialog', { name: 'Start kiosk mode' }).getByLabel('Exit code').fill('4711');
    await page.getByRole('button', { name: 'Start kiosk' }).click();
    await expect(page.getByRole('textbox', { name: 'Check yourself in' })).toBeVisible();
    await page.screenshot({ path: `.tmp/screens/kiosk-${scheme}.png` });
  });
}
