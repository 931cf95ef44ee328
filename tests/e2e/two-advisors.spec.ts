import { expect, test, type Page } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, startedOffice } from './empty-office';

// Issue 15 item 6: two advisors edit one record in two browser pages. The second save was made on the version
// both loaded: it is refused and the conflict dialog shows what the first advisor changed, theirs beside
// yours; "Use my changes" saves the second advisor's own edits on top of the first one's, "Discard mine" loads theirs.

test.beforeAll(({ request }) => startedOffice(request));

async function openEdit(page: Page, studentId: number) {
  await page.goto(`${base}/?token=${e2eToken}#/students/${studentId}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  return page.getByRole('dialog', { name: /^Edit / });
}

test('a stale save shows what the other advisor changed; Use my changes keeps both edits, Discard mine loads theirs', async ({ browser, request }) => {
  const student = await api(request, 'students.create', { firstName: 'Iris', lastName: 'Calloway', phone: '555-0100' });
  const context = await browser.newContext();
  const [advisorA, advisorB] = [await context.newPage(), await context.newPage()];
  try {
    const formA = await openEdit(advisorA, student.id);
    const formB = await openEdit(advisorB, student.id);

    // A changes the phone and saves first.
    await formA.getByLabel('Phone').fill('555-0199');
    await formA.getByRole('button', { name: 'Save changes' }).click();
    await expect(formA).toBeHidden();

    // B, still on the version both loaded, changes the notes and saves: refused, with what A changed.
    await formB.getByLabel('Notes').fill('Wants a mentor in public health');
    await formB.getByRole('button', { name: 'Save changes' }).click();
    const conflict = advisorB.getByRole('dialog', { name: 'Someone else saved this record' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText(/^Iris Calloway was changed by office while you were editing; nothing was saved/)).toBeVisible();
    const changes = conflict.getByRole('table', { name: 'Fields changed by someone else' });
    await expect(changes.getByRole('row')).toHaveCount(2);
    await expect(changes.getByRole('row', { name: /Phone/ })).toContainText('555-0199');
    await expect(changes.getByRole('row', { name: /Phone/ })).toContainText('not changed by you: theirs is kept');

    await conflict.getByRole('button', { name: 'Use my changes' }).click();
    await expect(formB).toBeHidden();
    expect(await api(request, 'students.get', { id: student.id })).toMatchObject({ phone: '555-0199', notes: 'Wants a mentor in public health', version: 3 });

    // A edits again from the version before B's save: Discard mine loads B's record into the form.
    const againA = await openEdit(advisorA, student.id);
    await api(request, 'students.update', { id: student.id, version: 3, firstName: 'Iris', lastName: 'Calloway', phone: '555-0142', notes: 'Met at the fair' });
    await againA.getByLabel('Preferred name').fill('Ris');
    await againA.getByRole('button', { name: 'Save changes' }).click();
    const second = advisorA.getByRole('dialog', { name: 'Someone else saved this record' });
    await expect(second.getByRole('row', { name: /Notes/ })).toContainText('Met at the fair');
    await second.getByRole('button', { name: 'Discard mine' }).click();
    await expect(second).toBeHidden();
    await expect(againA.getByLabel('Phone')).toHaveValue('555-0142');
    await expect(againA.getByLabel('Preferred name')).toHaveValue('');
    await againA.getByRole('button', { name: 'Save changes' }).click();
    await expect(againA).toBeHidden();
    expect(await api(request, 'students.get', { id: student.id })).toMatchObject({
      phone: '555-0142',
      notes: 'Met at the fair',
      preferredName: null,
      version: 5,
    });
  } finally {
    await context.close();
  }
});
