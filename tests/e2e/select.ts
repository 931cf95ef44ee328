import type { Locator, Page } from '@playwright/test';

/** Picks an option of a select labelled `label` in `scope` (Mantine's input is a textbox or a combobox, by version). */
export async function choose(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).click();
}
