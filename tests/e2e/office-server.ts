import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import type { ProcedureInput, ProcedureName } from '../../shared/api/contract';
import { officeAdmin, officePort } from '../../playwright.config';
import { postProcedure } from './api';

// The office server of the office-*.spec.ts files (playwright.config.ts: a new file, its first admin added by the CLI).
export const officeBase = `http://127.0.0.1:${officePort}`;

/** A script's session, as the README tells non-browser clients to call: the session cookie and our Origin. */
export async function signedInClient(email: string, password: string) {
  const context: APIRequestContext = await request.newContext({ extraHTTPHeaders: { origin: officeBase } });
  const call = <K extends ProcedureName>(name: K, input: ProcedureInput<K>) => postProcedure(context, officeBase, {}, name, input);
  await call('auth.signIn', { email, password });
  return { call, dispose: () => context.dispose() };
}

/** The admin's client: starts the office (past the first-run screen) unless a spec already did. */
export async function adminClient() {
  const admin = await signedInClient(officeAdmin.email, officeAdmin.password);
  if (!(await admin.call('app.status', {})).firstRunDone) await admin.call('app.startEmpty', {});
  return admin;
}

/** Signs in through the sign-in page and waits for the app's header to name the user. */
export async function signIn(page: Page, email: string, password: string, name: string): Promise<void> {
  await page.goto(`${officeBase}/`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByText(name, { exact: true })).toBeVisible();
}

// Selects are picked the same way in every spec (tests/e2e/select.ts); re-exported for the office-*.spec.ts files.
export { choose } from './select';
