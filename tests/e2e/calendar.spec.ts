import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, isoDaysAgo, startedOffice } from './empty-office';

// A draft's calendar file is not offered (the menu says why); a scheduled event's downloads with the office's UID.

test.beforeAll(({ request }) => startedOffice(request));

test('the Export menu offers no calendar file for a draft, and says why', async ({ page, request }) => {
  const day = isoDaysAgo(-10);
  const event = (title: string, status: 'draft' | 'scheduled') =>
    api(request, 'events.create', {
      title,
      kind: 'workshop',
      format: 'in_person',
      startsAt: new Date(`${day}T10:00`).toISOString(),
      endsAt: new Date(`${day}T11:00`).toISOString(),
      status,
    });
  const draft = await event('Interview practice (draft)', 'draft');
  const scheduled = await event('Interview practice', 'scheduled');

  await page.goto(`${base}/?token=${e2eToken}#/events/${draft.id}`);
  await expect(page.getByRole('heading', { name: 'Interview practice (draft)' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const item = page.getByRole('menuitem', { name: /Calendar file \(\.ics\)/ });
  await expect(item).toBeDisabled();
  await expect(item).toContainText('Not for drafts: schedule the event first.');
  await page.keyboard.press('Escape');

  await page.goto(`${base}/?token=${e2eToken}#/events/${scheduled.id}`);
  await expect(page.getByRole('heading', { name: 'Interview practice', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Calendar file (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toMatch(new RegExp(`\\r\\nUID:event-${scheduled.id}-\\d{17}@[0-9a-f]{32}\\.rapport\\r\\n`));
  expect(text).toContain('\r\nSEQUENCE:0\r\n');
  expect(text).toContain('\r\nSTATUS:CONFIRMED\r\n');
});
