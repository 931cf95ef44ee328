import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, startedOffice } from './empty-office';

// The browser is in Auckland, the host (the web server) in this machine's zone: an event opened and saved
// unchanged keeps its instant, and the page shows the same time before and after.
test.use({ timezoneId: 'Pacific/Auckland' });

test.beforeAll(({ request }) => startedOffice(request));

test('an event saved unchanged from a browser in another zone keeps its time', async ({ page, request }) => {
  // 17:00–19:00 on Thursday 3 December 2026 in Auckland (+13:00).
  const startsAt = '2026-12-03T04:00:00.000Z';
  const endsAt = '2026-12-03T06:00:00.000Z';
  const event = await api(request, 'events.create', {
    title: 'Harbour Lights Mixer',
    kind: 'alumni_mixer',
    format: 'in_person',
    startsAt,
    endsAt,
    status: 'scheduled',
  });

  await page.goto(`${base}/?token=${e2eToken}#/events/${event.id}`);
  await expect(page.getByRole('heading', { name: 'Harbour Lights Mixer' })).toBeVisible();
  await expect(page.getByText('Thu 3 Dec 2026 17:00–19:00')).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Harbour Lights Mixer' });
  await expect(form.getByLabel('Starts')).toHaveValue('2026-12-03T17:00');
  await expect(form.getByLabel('Ends')).toHaveValue('2026-12-03T19:00');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByText('Thu 3 Dec 2026 17:00–19:00')).toBeVisible();
  expect(await api(request, 'events.get', { id: event.id })).toMatchObject({ startsAt, endsAt });
});
