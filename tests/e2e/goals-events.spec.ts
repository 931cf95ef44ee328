import { expect, test } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, localInputFromNow, startedOffice } from './empty-office';
import { choose } from './select';
import { kpiCard } from './kpi';

test.beforeAll(({ request }) => startedOffice(request));

test('an event from plan to door: invite by filter, check in two, log a conversation, and the goal is met', async ({ page, request }) => {
  const nova = await api(request, 'students.create', {
    firstName: 'Nova',
    lastName: 'Reyes',
    classYear: 2031,
    program: 'Astronomy',
  });
  await api(request, 'students.create', {
    firstName: 'Orion',
    lastName: 'Blake',
    classYear: 2031,
    program: 'Astronomy',
  });

  await page.goto(`${base}/?token=${e2eToken}#/dashboard`);
  const goalCard = page.getByRole('link', { name: /^Goal met in .+ ?: \d+%/ });
  await expect(goalCard).toBeVisible();
  const before = await goalCard.textContent();

  // Plan the event.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Events' }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('dialog', { name: 'New event' });
  await form.getByLabel('Title').fill('Stargazers Alumni Night');
  await choose(page, form, 'Kind', 'Alumni mixer');
  await choose(page, form, 'Format', 'In person');
  // Under way now: from midnight to midnight of this machine's day would open check-in a day late (or early) in an
  // office whose zone is on another date at this hour.
  await form.getByLabel('Starts').fill(localInputFromNow(-60_000));
  await form.getByLabel('Ends').fill(localInputFromNow(2 * 3_600_000));
  await form.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { name: 'Stargazers Alumni Night' })).toBeVisible();

  // Invite by filter, with a first-rung goal for each invitee.
  await page.getByRole('button', { name: 'Invite by filter' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite by filter' });
  await choose(page, invite, 'Class year', '2031');
  await invite.getByLabel('Goal for each invitee').click();
  await page.getByRole('option', { name: /Have one one-on-one conversation/ }).click();
  await expect(invite.getByText('2 students match; 0 already invited')).toBeVisible();
  await invite.getByRole('button', { name: 'Invite 2 students' }).click();
  const attendees = page.getByRole('table', { name: 'Attendees' });
  await expect(attendees.getByRole('row', { name: /Nova Reyes/ })).toBeVisible();
  await expect(attendees.getByRole('row', { name: /Orion Blake/ })).toBeVisible();
  // The toast stays while the pointer rests on it (it appeared under the Invite button just clicked), and toasts sit
  // above menus: a row's menu opened later near the bottom of the window would open under it and lose its click.
  await page.mouse.move(0, 0);
  await expect(page.getByText('Invitations recorded')).toBeHidden();

  // At the door: type, Enter.
  await page.getByRole('link', { name: 'Check-in' }).click();
  const find = page.getByRole('textbox', { name: 'Find attendee' });
  for (const name of ['nova re', 'orion bl']) {
    await find.fill(name);
    await expect(page.getByRole('list', { name: 'Matching attendees' }).getByText(name.startsWith('nova') ? 'Nova Reyes' : 'Orion Blake')).toBeVisible();
    await find.press('Enter');
  }
  await expect(page.getByText(/^2 of \d+ arrived/)).toBeVisible();
  await page.goBack();

  // Nova met someone: log it from the event page, once it has taken focus back (the Shell puts it on the heading
  // after a change of screen; a menu opened before that would close as the focus moves).
  await expect(page.getByRole('heading', { name: 'Stargazers Alumni Night' })).toBeFocused();
  await attendees.getByRole('button', { name: 'Actions for Nova Reyes' }).click();
  await page.getByRole('menuitem', { name: 'Log meeting' }).click();
  const meeting = page.getByRole('dialog', { name: 'Log meeting for Nova Reyes' });
  await meeting.getByText('New contact').click();
  await meeting.getByLabel('First name').fill('Vera');
  await meeting.getByLabel('Last name').fill('Rubin');
  await meeting.getByRole('button', { name: 'Log meeting' }).click();
  await expect(meeting).toBeHidden();

  // The goal is met, and the dashboard says so.
  await page.goto(`${base}/#/students/${nova.id}/goals`);
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals.getByText(/^Met on /)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(goalCard).not.toHaveText(before ?? '');
  const figures = await api(request, 'dashboard.goals', {});
  const share = Math.round((figures.withGoalMetInTerm / figures.activeStudents) * 100);
  await expect(kpiCard(page, `Goal met in ${figures.term.name}`, `${share}%`)).toBeVisible();
});
