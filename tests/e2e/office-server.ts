import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import type { ProcedureInput, ProcedureName } from '../../shared/api/contract';
import { officeAdmin, officePort } from '../../playwright.config';
import { postProcedure } from './api';

/**
 * An office server of the office-*.spec.ts files (playwright.config.ts: a new file, its first admin added by the
 * CLI), on `port`: API clients signed in as a user, and signing in through the page.
 */
export function officeAt(port: number) {
  const base = `http://127.0.0.1:${port}`;

  /** A script's session, as the README tells non-browser clients to call: the session cookie and our Origin. */
  async function signedInClient(email: string, password: string) {
    const context: APIRequestContext = await request.newContext({ extraHTTPHeaders: { origin: base } });
    const call = <K extends ProcedureName>(name: K, input: ProcedureInput<K>) => postProcedure(context, base, {}, name, input);
    await call('auth.signIn', { email, password });
    return { call, dispose: () => context.dispose() };
  }

  /** The admin's client: starts the office (past the first-run screen) unless a spec already did. */
  async function adminClient() {
    const admin = await signedInClient(officeAdmin.email, officeAdmin.password);
    if (!(await admin.call('app.status', {})).firstRunDone) await admin.call('app.startEmpty', {});
    return admin;
  }

  /** Signs in through the sign-in page and waits for the app's header to name the user. */
  async function signIn(page: Page, email: string, password: string, name: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner').getByText(name, { exact: true })).toBeVisible();
  }

  return { base, signedInClient, adminClient, signIn };
}

export const { base: officeBase, signedInClient, adminClient, signIn } = officeAt(officePort);

type OfficeClient = Awaited<ReturnType<typeof adminClient>>;

/** An in-person career fair under way now (started a minute ago, for two hours) with these students invited. */
export async function fairUnderWay(client: OfficeClient, title: string, studentIds: number[]) {
  const now = Date.now();
  const event = await client.call('events.create', {
    title,
    kind: 'career_fair',
    format: 'in_person',
    startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 2 * 3_600_000).toISOString(),
    status: 'scheduled',
  });
  await client.call('events.invite', { eventId: event.id, studentIds });
  return event;
}

// Selects are picked the same way in every spec (tests/e2e/select.ts); re-exported for the office-*.spec.ts files.
export { choose } from './select';
