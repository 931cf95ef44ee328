import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, startedOffice } from './empty-office';

// The attendee files and the check-in sheet leave out students under a confidentiality hold; the advisor who
// saves one is told how many, not only the reader of the file.

test.beforeAll(({ request }) => startedOffice(request));

test('saving the check-in sheet and the attendee list says how many confidential students were left out', async ({ page, request }) => {
  const now = Date.now();
  const event = await api(request, 'events.create', {
    title: 'Résumé clinic',
    kind: 'workshop',
    format: 'in_person',
    location: 'Room 204',
    startsAt: new Date(now + 86_400_000).toISOString(),
    endsAt: new Date(now + 90_000_000).toISOString(),
    status: 'scheduled',
  });
  const open = await api(request, 'students.create', { firstName: 'Zofia', lastName: 'Wąsowska' });
  const hidden = await api(request, 'students.create', { firstName: 'Quiet', lastName: 'Student', confidential: true });
  await api(request, 'events.invite', { eventId: event.id, studentIds: [open.id, hidden.id] });

  await page.goto(`${base}/?token=${e2eToken}#/events/${event.id}`);
  await expect(page.getByRole('heading', { name: 'Résumé clinic' })).toBeVisible();
  for (const [item, extension] of [
    ['Check-in sheet (PDF)', 'pdf'],
    ['Attendees (Excel)', 'xlsx'],
  ] as const) {
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
    const notice = page.getByRole('status').filter({ hasText: '1 student with a confidentiality hold is not listed.' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button').click();
  }
});
