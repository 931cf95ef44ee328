import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { twoStepPort } from '../../playwright.config';
import { blockingFindings, describeFindings } from './axe';
import { officeAt } from './office-server';
import { useScheme } from './scheme';

// Issue 18 item 4: two-step sign-in through the page, on its own office server (a fresh file per run). Codes are
// computed here from the key the set-up screen shows, as an authenticator app would. A code is accepted once and one
// 30-second step either side of now, so a later sign-in uses the next step's code (or a recovery code).

const office = officeAt(twoStepPort);
const password = 'amber lighthouse ferry 93';
const tess = { name: 'Tess Admin', email: 'tess.admin@example.edu', role: 'admin' } as const;
const wren = { name: 'Wren Admin', email: 'wren.admin@example.edu', role: 'admin' } as const;
const uma = { name: 'Uma Admin', email: 'uma.admin@example.edu', role: 'admin' } as const;
const advisors = {
  light: { name: 'Lux Light', email: 'lux.light@example.edu', role: 'advisor' },
  dark: { name: 'Dax Dark', email: 'dax.dark@example.edu', role: 'advisor' },
} as const;

/** The code an authenticator app shows `offsetSteps` 30-second steps from now. */
const codeAt = (secret: string, offsetSteps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

test.beforeAll(async () => {
  // Every account first: once the last test requires two-step sign-in of admins, the CLI's admin (without it) is refused.
  const admin = await office.adminClient();
  const existing = new Set((await admin.call('users.list', {})).map((user) => user.email));
  for (const user of [tess, wren, uma, advisors.light, advisors.dark]) {
    if (!existing.has(user.email)) await admin.call('users.add', { ...user, password });
  }
  await admin.dispose();
});

async function scan(page: Page, where: string, include?: string) {
  const findings = await blockingFindings(page, include);
  expect.soft(findings.length, describeFindings(where, findings)).toBe(0);
}

async function openTwoStepSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Two-step sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
}

/** Starts set-up, reads the key, turns it on with the app's current code: the key and the recovery codes shown. */
async function setUp(page: Page, scanAs?: string): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code to add Rapport to your authenticator app' })).toBeVisible();
  const secret = (await page.getByRole('textbox', { name: /Cannot scan/ }).inputValue()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  if (scanAs) await scan(page, `${scanAs} set-up with QR code`);
  await page.getByRole('textbox', { name: 'Code from your app' }).fill(codeAt(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('you will not see these again')).toBeVisible();
  const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  if (scanAs) await scan(page, `${scanAs} recovery codes`);
  return { secret, codes };
}

async function submitPassword(page: Page, email: string) {
  await page.goto(`${office.base}/`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Password first; the page then asks for the second step. */
async function passwordStep(page: Page, email: string) {
  await submitPassword(page, email);
  await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
}

const signedInAs = (page: Page, name: string) => expect(page.getByRole('banner').getByText(name, { exact: true })).toBeVisible();

test('an admin sets up two-step sign-in, then signs in with password and code; a wrong code is refused; a recovery code works once', async ({ page }) => {
  await office.signIn(page, tess.email, password, tess.name);
  await openTwoStepSettings(page);
  const { secret, codes } = await setUp(page);
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText('On: signing in asks for a code')).toBeVisible();
  await expect(page.getByText('10 recovery codes left.')).toBeVisible();
  await signOut(page);

  await passwordStep(page, tess.email);
  await page.getByRole('textbox', { name: 'Code' }).fill('000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/code is not right/i)).toBeVisible();
  // The confirming code's step is spent: the app's next one.
  await page.getByRole('textbox', { name: 'Code' }).fill(codeAt(secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAs(page, tess.name);
  await signOut(page);

  const [recovery] = codes;
  if (!recovery) throw new Error('No recovery code shown.');
  await passwordStep(page, tess.email);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recovery);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAs(page, tess.name);
  await openTwoStepSettings(page);
  await expect(page.getByText('9 recovery codes left.')).toBeVisible();
  await signOut(page);

  await passwordStep(page, tess.email);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recovery);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/code is not right/i)).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an advisor's own two-step screens pass axe: set up, codes, new codes, turn off (${scheme} theme)`, async ({ page }) => {
    const user = advisors[scheme];
    await useScheme(page, scheme);
    await office.signIn(page, user.email, password, user.name);
    // Settings holds only their own two-step sign-in.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('tab')).toHaveText(['Two-step sign-in']);
    await expect(page.getByRole('switch', { name: 'Require two-step sign-in for admins' })).toHaveCount(0);
    await scan(page, `${scheme} two-step sign-in, off`);

    const { secret, codes } = await setUp(page, scheme);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await expect(page.getByText('10 recovery codes left.')).toBeVisible();
    await scan(page, `${scheme} two-step sign-in, on`);

    await page.getByRole('button', { name: 'New recovery codes…' }).click();
    const renew = page.getByRole('dialog', { name: 'New recovery codes' });
    await renew.getByRole('textbox', { name: /Code from your app/ }).fill('123456');
    await renew.getByRole('button', { name: 'Make new codes' }).click();
    await expect(renew.getByText(/code is not right/i)).toBeVisible();
    await scan(page, `${scheme} new recovery codes, refused`, '[role="dialog"]');
    await renew.getByRole('textbox', { name: /Code from your app/ }).fill(codes[0] ?? '');
    await renew.getByRole('button', { name: 'Make new codes' }).click();
    await expect(renew).toBeHidden();
    const fresh = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => codes.includes(code))).toEqual([]);
    await page.getByRole('button', { name: 'I have saved them' }).click();

    await page.getByRole('button', { name: 'Turn off…' }).click();
    const off = page.getByRole('dialog', { name: 'Turn off two-step sign-in' });
    await scan(page, `${scheme} turn off two-step sign-in`, '[role="dialog"]');
    await off.getByRole('textbox', { name: /Code from your app/ }).fill(codeAt(secret, 1));
    await off.getByRole('button', { name: 'Turn off' }).click();
    await expect(off).toBeHidden();
    await expect(page.getByRole('button', { name: 'Set up two-step sign-in' })).toBeVisible();
  });
}

test('"Require two-step sign-in for admins" sends an admin without it to the set-up gate; an admin resets someone’s', async ({ page }) => {
  // Wren has it (set up through the API, as the app would), so the switch does not send Wren to the gate.
  const client = await office.signedInClient(wren.email, password);
  const started = await client.call('auth.startTwoStep', {});
  await client.call('auth.confirmTwoStep', { code: codeAt(started.secret) });
  await client.dispose();
  await passwordStep(page, wren.email);
  await page.getByRole('textbox', { name: 'Code' }).fill(codeAt(started.secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAs(page, wren.name);
  await openTwoStepSettings(page);
  const rule = page.getByRole('switch', { name: 'Require two-step sign-in for admins' });
  await expect(rule).not.toBeChecked();
  await rule.click();
  await expect(rule).toBeChecked();
  await signOut(page);

  // Uma has not set it up: only the set-up screen, with a way out.
  await submitPassword(page, uma.email);
  const gate = page.getByRole('heading', { name: 'Set up two-step sign-in', level: 1 });
  await expect(gate).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  // The set-up's code is loaded with the gate: scan it once it is in, not its loading spinner.
  await expect(page.getByRole('button', { name: 'Set up two-step sign-in' })).toBeVisible();
  await scan(page, 'light two-step gate');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();

  await useScheme(page, 'dark');
  await submitPassword(page, uma.email);
  await expect(page.getByRole('button', { name: 'Set up two-step sign-in' })).toBeVisible();
  await scan(page, 'dark two-step gate');
  await setUp(page, 'dark gate');
  await page.getByRole('button', { name: 'I have saved them: continue' }).click();
  await signedInAs(page, uma.name);

  // Tess lost her phone: an admin resets her two-step sign-in from Settings → Users.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: tess.email });
  await expect(row.getByText('Two-step', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: `Actions for ${tess.name}` }).click();
  await page.getByRole('menuitem', { name: 'Reset two-step sign-in…' }).click();
  const confirm = page.getByRole('dialog', { name: `Reset ${tess.name}’s two-step sign-in?` });
  await scan(page, 'dark reset two-step sign-in', '[role="dialog"]');
  await confirm.getByRole('button', { name: 'Reset two-step sign-in' }).click();
  await expect(row.getByText('Two-step', { exact: true })).toHaveCount(0);
});
