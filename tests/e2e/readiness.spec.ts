import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, isoDaysAgo, startedOffice } from './empty-office';

/**
 * A contact the student has known for a year, thanked with personal details shared; agreed or only asked. Their
 * email is on file and verified a month ago unless `details` says otherwise.
 */
async function reference(
  request: APIRequestContext,
  studentId: number,
  first: string,
  last: string,
  agreed: boolean,
  details: { email?: string | null; verifiedOn?: string | null } = {},
) {
  const employer = await api(request, 'employers.create', { name: `${last} Aeronautics` });
  const contact = await api(request, 'contacts.create', {
    firstName: first,
    lastName: last,
    title: 'Flight Research Lead',
    employerId: employer.id,
    email: `${first.toLowerCase()}@${last.toLowerCase()}.example`,
    preferredMethod: 'email',
    verifiedOn: isoDaysAgo(30),
    ...details,
  });
  const connection = await api(request, 'connections.create', {
    studentId,
    contactId: contact.id,
    relationship: 'supervisor',
    context: 'Summer research internship',
    sinceOn: isoDaysAgo(400),
    referenceStatus: agreed ? 'agreed' : 'asked',
    referenceStatusOn: isoDaysAgo(20),
    resumeSharedOn: agreed ? isoDaysAgo(10) : null,
  });
  await api(request, 'interactions.create', {
    connectionId: connection.id,
    kind: 'thank_you_email',
    occurredOn: isoDaysAgo(15),
    sharedContactDetails: true,
  });
}

test.beforeAll(({ request }) => startedOffice(request));

test('an advisor records an agreed reference, sees the student become reference-ready, and exports the reference list', async ({ page, request }) => {
  const student = await api(request, 'students.create', {
    firstName: 'Katherine',
    lastName: 'Johnson',
    externalId: 'S-KJ-1918',
    personalEmail: 'katherine@example.com',
    phone: '(555) 010-1918',
  });
  await reference(request, student.id, 'Mary', 'Jackson', true);
  await reference(request, student.id, 'Christine', 'Darden', true);
  await reference(request, student.id, 'Dorothy', 'Vaughan', false);

  await page.goto(`${base}/?token=${e2eToken}#/students/${student.id}/references`);
  const readiness = page.getByRole('region', { name: 'Reference readiness' });
  await expect(readiness.getByText('2 of 3 references ready', { exact: true })).toBeVisible();
  await expect(readiness.getByText('Building', { exact: true })).toBeVisible();
  const dorothy = readiness.getByRole('article', { name: 'Dorothy Vaughan' });
  await expect(dorothy).toContainText(/Follow up with Dorothy Vaughan: asked on/);

  // She said yes today, and Katherine sent her resume straight away.
  await page.getByRole('tab', { name: 'Connections' }).click();
  await page.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'Edit connection: Dorothy Vaughan' }).click();
  const form = page.getByRole('dialog');
  await form
    .getByRole('textbox', { name: 'Reference status', exact: true })
    .or(form.getByRole('combobox', { name: 'Reference status', exact: true }))
    .first()
    .click();
  await page.getByRole('option', { name: 'Agreed' }).click();
  const today = isoDaysAgo(0);
  await form.getByLabel('Reference status date').fill(today);
  await form.getByLabel('Resume shared on').fill(today);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('tab', { name: 'References' }).click();
  await expect(readiness.getByText('3 of 3 references ready', { exact: true })).toBeVisible();
  await expect(readiness.getByText('Ready', { exact: true }).first()).toBeVisible();
  await expect(readiness.getByRole('article', { name: 'Dorothy Vaughan' })).not.toContainText('Follow up');

  await readiness.getByRole('button', { name: 'Export reference list' }).click();
  const dialog = page.getByRole('dialog', { name: /Export reference list/ });
  for (const name of ['Mary Jackson', 'Christine Darden', 'Dorothy Vaughan']) await expect(dialog.getByRole('checkbox', { name })).toBeChecked();
  await dialog.getByRole('button', { name: 'Move Dorothy Vaughan up' }).click();
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Katherine-Johnson-references.pdf');
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByText('Saved Katherine-Johnson-references.pdf')).toBeVisible();

  // The export is in the history, with who and which student.
  await page.goto(`${base}/?token=${e2eToken}#/history`);
  await expect(
    page
      .getByRole('table')
      .getByRole('row', { name: /Reference list/ })
      .first(),
  ).toContainText('Katherine Johnson');
});

test("a reference's missing email is added, and unconfirmed details confirmed, from the readiness panel", async ({ page, request }) => {
  const student = await api(request, 'students.create', {
    firstName: 'Annie',
    lastName: 'Easley',
    externalId: 'S-AE-1933',
    personalEmail: 'annie@example.com',
  });
  await reference(request, student.id, 'Grace', 'Hopper', true, { email: null, verifiedOn: null });
  await reference(request, student.id, 'Joan', 'Clarke', true, { verifiedOn: null });

  // The buttons say which detail is missing from the readiness answer itself: drawing the panel reads no contact.
  const contactReads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/contacts.get')) contactReads.push(r.url());
  });
  await page.goto(`${base}/?token=${e2eToken}#/students/${student.id}/references`);
  const readiness = page.getByRole('region', { name: 'Reference readiness' });
  await expect(readiness.getByText('0 of 3 references ready', { exact: true })).toBeVisible();
  const grace = readiness.getByRole('article', { name: 'Grace Hopper' });
  await expect(grace).toContainText("Add Grace Hopper's email");
  const joan = readiness.getByRole('article', { name: 'Joan Clarke' });
  await expect(joan.getByRole('button', { name: 'Details confirmed' }).first()).toBeVisible();
  expect(contactReads).toEqual([]);

  await grace.getByRole('button', { name: 'Add email' }).first().click();
  await page.getByRole('textbox', { name: "Grace Hopper's email" }).fill('grace@hopper.example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText("Saved Grace Hopper's email.")).toBeVisible();
  await expect(readiness.getByText('1 of 3 references ready', { exact: true })).toBeVisible();
  await expect(grace.getByRole('button', { name: 'Add email' })).toHaveCount(0);

  await joan.getByRole('button', { name: 'Details confirmed' }).first().click();
  await expect(page.getByText("Recorded: Joan Clarke's details confirmed today.")).toBeVisible();
  await expect(readiness.getByText('2 of 3 references ready', { exact: true })).toBeVisible();
  const saved = await api(request, 'contacts.list', { search: 'Hopper' });
  expect(saved.rows.map((c) => c.email)).toEqual(['grace@hopper.example']);
});

test('a reference list for a student named in Chinese downloads under that name, and the dialog warns about who has not agreed', async ({ page, request }) => {
  // Files cross as JSON ({ fileName, base64 }) and are saved through a link's download attribute: no
  // Content-Disposition header is involved, so the name reaches the browser as UTF-8 whatever its script.
  const student = await api(request, 'students.create', { firstName: '小龙', lastName: '李', externalId: 'S-LXL-1', personalEmail: 'lxl@example.com' });
  await reference(request, student.id, 'Ada', 'Brightwater', true);
  await reference(request, student.id, 'Ben', 'Notyet', false);

  await page.goto(`${base}/?token=${e2eToken}#/students/${student.id}/references`);
  await page.getByRole('region', { name: 'Reference readiness' }).getByRole('button', { name: 'Export reference list' }).click();
  const dialog = page.getByRole('dialog', { name: /Export reference list/ });
  await dialog.getByRole('checkbox', { name: 'Ben Notyet' }).check();
  await expect(dialog).toContainText('Ben Notyet has not agreed to be a reference yet. The list does not say so');
  await dialog.getByRole('radio', { name: 'Word (DOCX)' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('小龙-李-references.docx');
  // The warning after the download names the reference, and stays until it is dismissed: Mantine closes a
  // plain toast after 4 s, before a list of names can be read.
  const warning = page.getByRole('status').filter({ hasText: /Ben Notyet \(number 2 on 小龙 李's list\) has not agreed/ });
  await expect(warning).toBeVisible();
  await page.waitForTimeout(4_500);
  await expect(warning).toBeVisible();
  await warning.getByRole('button').click();
  await expect(warning).toBeHidden();
});
