import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, isoDaysAgo, startedOffice } from './empty-office';

test.beforeAll(({ request }) => startedOffice(request));

test('logging a thank-you email from the student page ticks the wrap-up and ends "losing touch"', async ({ page, request }) => {
  const employer = await api(request, 'employers.create', { name: 'Keystone Robotics', industry: 'Technology' });
  const contact = await api(request, 'contacts.create', {
    firstName: 'Dana',
    lastName: 'Okafor',
    email: 'dana@keystone.example',
    employerId: employer.id,
  });
  const student = await api(request, 'students.create', {
    firstName: 'Grace',
    lastName: 'Hopper',
    personalEmail: 'grace@example.com',
    phone: '(555) 010-4242',
  });
  // Naming the supervisor on the placement makes them a supporter, connected since the start date.
  await api(request, 'placements.create', {
    studentId: student.id,
    employerId: employer.id,
    kind: 'internship',
    role: 'Robotics Intern',
    supervisorContactId: contact.id,
    startOn: isoDaysAgo(200),
    endOn: isoDaysAgo(10),
  });

  // Stale: 200 days without a touch, past the supervisor's 180-day maximum.
  await page.goto(`${base}/?token=${e2eToken}#/losing-touch`);
  const losingTouch = page.getByRole('table', { name: 'Losing touch' });
  await expect(losingTouch.getByRole('row', { name: /Grace Hopper/ })).toContainText('Dana Okafor');
  await expect(losingTouch.getByRole('row', { name: /Grace Hopper/ })).toContainText('Send Dana Okafor a thank-you email');

  await losingTouch.getByRole('link', { name: 'Grace Hopper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper', exact: true })).toBeVisible();
  // The row is about a connection: the link lands on the record's Connections section.
  await expect(page.getByRole('tab', { name: 'Connections' })).toHaveAttribute('aria-selected', 'true');

  // Two clicks: Log, then the kind.
  const connections = page.getByRole('region', { name: 'Connections' });
  await connections
    .getByRole('row', { name: /Dana Okafor/ })
    .getByRole('button', { name: 'Log' })
    .click();
  await page.getByRole('menuitem', { name: 'Thank-you email' }).click();
  await expect(connections.getByRole('row', { name: /Dana Okafor/ })).toContainText('In touch');

  // The wrap-up on the Overview has ticked the email off.
  await page.getByRole('tab', { name: 'Overview' }).click();
  const checklist = page.getByRole('list', { name: 'Wrap-up for Dana Okafor' });
  const emailItem = checklist.getByRole('listitem').filter({ hasText: 'Thank-you email with personal contact details' });
  await expect(emailItem).toContainText('Done');
  await expect(emailItem.getByRole('button', { name: 'Draft' })).toHaveCount(0);
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Thank-you note' }).getByRole('button', { name: 'Draft' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Losing touch' }).click();
  await expect(page.getByRole('heading', { name: 'Losing touch' })).toBeVisible();
  // Other specs share this office and leave their own stale connections: Grace's row is the one that must be gone.
  await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ connections?$/ })).toBeVisible();
  await expect(losingTouch.getByRole('row', { name: /Grace Hopper/ })).toHaveCount(0);
});

test('a wrap-up draft is filled from the records, and sending it ticks the item', async ({ page, request }) => {
  const students = await api(request, 'students.list', { search: 'Grace Hopper' });
  const grace = students.rows[0];
  if (!grace) throw new Error('Grace Hopper missing');
  await page.goto(`${base}/?token=${e2eToken}#/students/${grace.id}`);
  const checklist = page.getByRole('list', { name: 'Wrap-up for Dana Okafor' });
  await checklist.getByRole('listitem').filter({ hasText: 'Thank-you note' }).getByRole('button', { name: 'Draft' }).click();
  const dialog = page.getByRole('dialog', { name: /Thank-you note for Dana Okafor/ });
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue(
    /Dear Dana,[\s\S]*Robotics Intern placement at Keystone Robotics[\s\S]*Grace Hopper/,
  );
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Thank-you note' })).toContainText('Done');
});
