import { expect, test, type Browser, type Page } from '@playwright/test';
import { samlPort } from '../../playwright.config';
import { startLoopbackSamlIdp, type LoopbackSamlIdp } from '../integration/support/saml-idp-server';
import { blockingFindings, describeFindings } from './axe';
import { officeAt } from './office-server';
import { useScheme } from './scheme';

// Issue 18 (SAML) on its own office server: the spec starts a SAML IdP on loopback (https, a signing key made for
// the run) that answers Rapport's AuthnRequest with a page posting a signed assertion, as Shibboleth does after its
// login. The admin sets SAML up through the API (the Settings form is another spec's). Then "Sign in with …" signs
// an advisor in with the role the attribute rule gives; a replayed assertion, one for another service and an unknown
// person are refused, and the sign-in page says why — each audited — and passes axe, light and dark.

const office = officeAt(samlPort);
const displayName = 'Campus Shibboleth';
const staff = 'urn:mace:uni.edu:career-staff';
const advisor = { email: 'mira.santos@uni.edu', name: 'Mira Santos', password: 'quartz meadow lantern 64' };
let idp: LoopbackSamlIdp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  idp = await startLoopbackSamlIdp({ email: advisor.email, groups: [staff] });
  const admin = await office.adminClient();
  try {
    // Added as a viewer: the advisor role comes from the IdP's entitlement, through the rule.
    const record = await admin.call('advisors.create', { name: advisor.name, email: advisor.email });
    await admin.call('users.add', { ...advisor, role: 'viewer', advisorId: record.id });
    await admin.call('sso.updateSettings', {
      saml: { enabled: true, displayName, idpEntityId: idp.entityId, idpSsoUrl: idp.ssoUrl, idpCertificate: idp.cert },
      roleRules: [{ claim: 'eduPersonEntitlement', value: staff, role: 'advisor' }],
    });
  } finally {
    await admin.dispose();
  }
});

test.afterAll(async () => {
  await idp?.close();
});

test.beforeEach(() => {
  idp.mode = 'answer';
  idp.person = { email: advisor.email, groups: [staff] };
});

/** A new browser (nobody signed in) that accepts the loopback IdP's self-signed certificate. */
async function freshPage(browser: Browser, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await useScheme(page, scheme);
  return page;
}

async function signInWithSaml(page: Page): Promise<void> {
  await page.goto(`${office.base}/`);
  await page.getByRole('link', { name: `Sign in with ${displayName}` }).click();
}

/** The sign-in page after a refusal: the server's reason under "Sign-in refused", and the form to try again. */
async function expectRefused(page: Page, reason: RegExp): Promise<void> {
  await expect(page).toHaveURL(/\/#\/sign-in\?refusal=[A-Za-z0-9_-]{22}$/);
  const alert = page.getByRole('alert').filter({ hasText: 'Sign-in refused' });
  await expect(alert).toContainText(reason);
  await expect(page.getByRole('heading', { name: 'Sign in to Rapport' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Sign in with ${displayName}` })).toBeVisible();
}

/** The newest failed sign-in in the audit, as the admin's History reads it. */
async function lastRefusalAudited(): Promise<Record<string, unknown> | null> {
  const admin = await office.adminClient();
  try {
    const [entry] = await admin.call('audit.recent', { limit: 20 }).then((entries) => entries.filter((e) => e.action === 'sign_in_failed'));
    return entry?.details ? (JSON.parse(entry.details) as Record<string, unknown>) : null;
  } finally {
    await admin.dispose();
  }
}

test('an advisor signs in with SAML and lands on My day with the role the attribute rule gives', async ({ browser }) => {
  const page = await freshPage(browser);
  await signInWithSaml(page);
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByText(advisor.name, { exact: true })).toBeVisible();
  await expect(header.getByText('Advisor', { exact: true })).toBeVisible();
  await page.context().close();
});

test('a replayed assertion is refused and the sign-in page says why', async ({ browser }) => {
  // The assertion of the sign-in above, posted again from another browser (someone who captured it).
  idp.mode = 'replay';
  const page = await freshPage(browser);
  await signInWithSaml(page);
  await expectRefused(page, /already used to sign in/);
  expect(await lastRefusalAudited()).toMatchObject({ protocol: 'saml', reason: 'replayed' });
  await page.context().close();
});

test('an assertion meant for another service is refused, saying so', async ({ browser }) => {
  idp.mode = 'wrong audience';
  const page = await freshPage(browser);
  await signInWithSaml(page);
  await expectRefused(page, /meant for another service/);
  expect(await lastRefusalAudited()).toMatchObject({ protocol: 'saml', reason: 'wrong audience' });
  await page.context().close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`someone without an account (provisioning off) is refused; the page passes axe, ${scheme} theme`, async ({ browser }) => {
    idp.person = { email: 'stranger@uni.edu', groups: [staff] };
    const page = await freshPage(browser, scheme);
    await signInWithSaml(page);
    await expectRefused(page, /There is no Rapport account for stranger@uni\.edu/);
    expect(await lastRefusalAudited()).toMatchObject({ protocol: 'saml', reason: 'unknown user' });
    const findings = await blockingFindings(page);
    expect(findings, describeFindings(`${scheme} sign-in page with a SAML refusal`, findings)).toEqual([]);
    await page.context().close();
  });
}

test('an address with a made-up refusal id shows no words of its own', async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto(`${office.base}/#/sign-in?refusal=Call-555-0100-to-unlock`);
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in refused' })).toContainText('Single sign-on did not sign you in.');
  await expect(page.getByText('555-0100')).toHaveCount(0);
  await page.context().close();
});
