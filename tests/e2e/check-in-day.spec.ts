import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, isoDaysAgo, startedOffice } from './empty-office';

// Issue 17 item 8: the desk opens on the event's day (the core refuses an earlier check-in by the same rule).

test.beforeAll(({ request }) => startedOffice(request));

test('the check-in desk of an event twelve days away says when it opens instead of offering the search', async ({ page, request }) => {
  const inTwelveDays = isoDaysAgo(-12);
  const event = await api(request, 'events.create', {
    title: 'Winter Networking Night',
    kind: 'alumni_mixer',
    format: 'in_person',
    startsAt: `${inTwelveDays}T17:00:00.000Z`,
    endsAt: `${inTwelveDays}T19:00:00.000Z`,
    status: 'scheduled',
  });
  await page.goto(`${base}/?token=${e2eToken}#/events/${event.id}/check-in`);
  await expect(page.getByRole('heading', { name: 'Check-in: Winter Networking Night' })).toBeVisible();
  await expect(page.getByText(/^Check-in opens on \d+ \w+ \d{4}, the day of the event\.$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Find attendee' })).toHaveCount(0);
});
