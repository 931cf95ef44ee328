import { expect, test, type Page } from '@playwright/test';
import { demoPort, e2eToken } from '../../playwright.config';
import { officeApi } from './api';

// Unsaved changes are never lost by accident: closing a form's modal, leaving Settings by the navigation or closing
// the tab asks first; "Keep editing" keeps what was typed.
const { base, demoOffice } = officeApi(demoPort);

async function openApp(page: Page, path: string) {
  await page.goto(`${base}/?token=${e2eToken}#${path}`);
}

const discardDialog = (page: Page) => page.getByRole('dialog', { name: 'Discard unsaved changes?' });

test.beforeEach(async ({ request }) => {
  await demoOffice(request, 300, 7);
});

test('a form modal with changes asks before Escape closes it; an untouched one closes at once', async ({ page }) => {
  await openApp(page, '/students');
  await page.getByRole('button', { name: 'New student' }).click();
  const form = page.getByRole('dialog', { name: 'New student' });
  const firstName = form.getByRole('textbox', { name: 'First name' });
  await firstName.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'New student' }).click();
  await firstName.fill('Grace');
  await firstName.press('Escape');
  await expect(discardDialog(page)).toBeVisible();
  await discardDialog(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(firstName).toHaveValue('Grace');

  await firstName.press('Escape');
  await discardDialog(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toBeHidden();
});

test('Settings: its sections are tabs; leaving with an unsaved office name asks, and so does closing the tab', async ({ page }) => {
  await openApp(page, '/settings');
  await expect(page.getByRole('tab', { name: 'Keep in touch' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Office name' }).fill('Career Centre (draft)');

  // Another section, then another screen: both ask.
  await page.getByRole('tab', { name: 'Readiness' }).click();
  await discardDialog(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Office name' })).toHaveValue('Career Centre (draft)');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Students' }).click();
  await discardDialog(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(/#\/settings/);

  // Closing the tab: the browser's own "Leave site?" question.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
});

test('the browser’s Back and the palette’s Go to ask too while Settings has unsaved changes; Discard leaves', async ({ page }) => {
  await openApp(page, '/students');
  await expect(page.getByRole('heading', { name: 'Students', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  const officeName = page.getByRole('textbox', { name: 'Office name' });
  await officeName.fill('Career Centre (draft)');

  // Back: asked; Keep editing stays on Settings with the text as typed.
  await page.goBack();
  await discardDialog(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(/#\/settings/);
  await expect(officeName).toHaveValue('Career Centre (draft)');

  // A navigation by script (Ctrl+K → Go to Events) asks the same; Escape on the question keeps editing too.
  await page.keyboard.press('Control+K');
  await page.getByPlaceholder(/Find a student, contact/).fill('Go to Events');
  await page.getByRole('button', { name: /^Go to Events/ }).click();
  await expect(discardDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discardDialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/settings/);
  await expect(officeName).toHaveValue('Career Centre (draft)');

  // Back again, Discard changes: the previous screen.
  await page.goBack();
  await discardDialog(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(/#\/students$/);
  await expect(page.getByRole('heading', { name: 'Students', level: 1 })).toBeVisible();
});
