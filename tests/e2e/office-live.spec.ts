import { expect, test } from '@playwright/test';
import { adminClient, officeBase, signIn } from './office-server';

// Issue 15 item 7: a change made by one user appears on another user's open screen within 2 s, with no reload —
// the office server pushes the write's areas over GET /api/live and the page refreshes those queries.

const advisor = { name: 'Lena Park', email: 'lena.park@example.edu', password: 'amber signal harbour 904' };

test('a contact added by the admin appears on the advisor’s open Contacts list within 2 s', async ({ browser }) => {
  const admin = await adminClient();
  if (!(await admin.call('users.list', {})).some((u) => u.email === advisor.email)) {
    await admin.call('users.add', { email: advisor.email, name: advisor.name, role: 'advisor', password: advisor.password });
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, advisor.email, advisor.password, advisor.name);
    await page.goto(`${officeBase}/#/contacts`);
    const lastName = `Liveupdate${Date.now()}`;
    await expect(page.getByText(lastName)).toHaveCount(0);
    // Another session writes; this page neither reloads nor polls (polling is off on the office server).
    await admin.call('contacts.create', { firstName: 'Greta', lastName });
    await expect(page.getByText(lastName).first()).toBeVisible({ timeout: 2_000 });
    // No session id or token ever appears in the page's address.
    expect(page.url()).not.toMatch(/token|session/i);
  } finally {
    await context.close();
    await admin.dispose();
  }
});
