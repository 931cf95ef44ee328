import { expect, test } from '@playwright/test';
import { demoPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';
import { choose } from './select';

// Issue 17 item 7 on the demo office at 1440×900: a note and a task written on a student's record, the task in My day
// ("I am" owns it), done there with one click and gone from the list; the note on the timeline.
const { base, api, demoOffice } = officeApi(demoPort);

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoOffice(request, 300, 7);
});

test('a note and a task on a student; the task done from My day with one click', async ({ page, request }) => {
  const settings = await api(request, 'settings.get', {});
  const advisorId = settings.currentAdvisorId;
  expect(advisorId, 'the demo office has an "I am"').not.toBeNull();
  const list = await api(request, 'students.list', { advisorId: advisorId ?? undefined, page: 1, pageSize: 1 });
  const student = list.rows[0];
  expect(student, 'the demo advisor has students').toBeDefined();
  const studentId = student?.id ?? 0;
  const title = `Check back with ${student?.displayName ?? 'the student'} (e2e ${Date.now()})`;

  await page.goto(`${base}/?token=${e2eToken}#/students/${studentId}/notes`);
  await expect(page.getByRole('region', { name: 'Advising notes' })).toBeVisible();

  // A note: type, date (today), text.
  await page.getByRole('button', { name: 'New note' }).click();
  const noteDialog = page.getByRole('dialog', { name: 'New note' });
  await choose(page, noteDialog, 'Type', 'Drop-in');
  await noteDialog.getByRole('textbox', { name: 'Note', exact: true }).fill('Came by about the spring fair; will send a resume by Friday.');
  await noteDialog.getByRole('button', { name: 'Save note' }).click();
  await expect(noteDialog).toBeHidden();
  const notes = page.getByRole('region', { name: 'Advising notes' });
  await expect(notes.getByText('Came by about the spring fair; will send a resume by Friday.')).toBeVisible();

  // A task due today, owned by "I am" (the default).
  await page.getByRole('button', { name: 'New task' }).click();
  const taskDialog = page.getByRole('dialog', { name: 'New task' });
  await taskDialog.getByRole('textbox', { name: 'Task', exact: true }).fill(title);
  await taskDialog.getByRole('button', { name: 'Save task' }).click();
  await expect(taskDialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Tasks', exact: true }).getByText(title)).toBeVisible();

  // The note is on the timeline.
  await page.goto(`${base}/?token=${e2eToken}#/students/${studentId}/timeline`);
  await expect(page.getByText('Drop-in note', { exact: false }).first()).toBeVisible();

  // My day lists the task; one click completes it and it leaves the list.
  await page.goto(`${base}/?token=${e2eToken}#/my-day`);
  const myTasks = page.getByRole('region', { name: 'My tasks' });
  await expect(myTasks.getByText(title)).toBeVisible();
  await myTasks.getByRole('checkbox', { name: `Mark done: ${title}` }).click();
  await expect(myTasks.getByText(title)).toBeHidden();
  const task = (await api(request, 'tasks.forStudent', { studentId })).find((t) => t.title === title);
  expect(task?.doneOn).not.toBeNull();
  expect((await api(request, 'tasks.mine', {})).tasks.some((t) => t.title === title)).toBe(false);
});
