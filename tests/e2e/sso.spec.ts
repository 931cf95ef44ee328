import { expect, test, type Page } from '@playwright/test';
import { officeAdmin, ssoPort } from '../../playwright.config';
import { oidcPaths } from '../../shared/api/sso';
import { startLoopbackIdp, type LoopbackIdp } from '../integration/support/oidc-idp';
import { blockingFindings, describeFindings } from './axe';
import { choose, officeAt } from './office-server';
import { useScheme } from './scheme';

// Issue 18 (OIDC) on its own office server: the spec starts a real OpenID Connect provider (oidc-provider) on
// loopback; the admin sets it up — provider, ordered role rules, accounts on first sign-in, staff must use single
// sign-on — through Settings → Single sign-on only; then someone the office has never seen clicks "Sign in with …",
// signs in on the provider's own login page and lands on My day with the role the rules give. The section passes
// the axe gate, light and dark.

const office = officeAt(ssoPort);
const provider = 'Campus Login';
const advisor = { email: 'amara.okafor@uni.edu', name: 'Amara Okafor' };
let idp: LoopbackIdp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  idp = await startLoopbackIdp(
    {
      clientId: 'rapport',
      clientSecret: 'loopback-secret',
      redirectUri: `${office.base}${oidcPaths.callback}`,
      postLogoutRedirectUri: `${office.base}/`,
    },
    // In both groups: which role she gets depends on the rules' order.
    { [advisor.email]: { name: advisor.name, groups: ['student-workers', 'career-staff'] } },
  );
  // Past the first-run screen.
  const admin = await office.adminClient();
  await admin.dispose();
});

test.afterAll(async () => {
  await idp?.close();
});

async function openSection(page: Page): Promise<void> {
  await office.signIn(page, officeAdmin.email, officeAdmin.password, officeAdmin.name);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Single sign-on' }).click();
  await expect(page.getByRole('heading', { name: 'OpenID Connect', exact: true })).toBeVisible();
}

test('the admin sets up OpenID Connect, ordered role rules and who may sign in, through Settings', async ({ page }) => {
  await openSection(page);
  // The address IT registers at the provider.
  await expect(page.getByRole('table', { name: 'Addresses for your IT office' })).toContainText(`${office.base}${oidcPaths.callback}`);

  const oidc = page.getByRole('form', { name: 'OpenID Connect provider' });
  await oidc.getByRole('textbox', { name: 'Display name' }).fill(provider);
  await oidc.getByRole('textbox', { name: 'Issuer' }).fill('http://login.example.edu');
  await oidc.getByRole('textbox', { name: 'Client ID' }).fill('rapport');
  await oidc.getByLabel('Client secret', { exact: true }).fill('loopback-secret');
  await oidc.getByLabel('Extra scopes').fill('groups');
  await oidc.getByLabel('Extra scopes').press('Enter');
  await oidc.getByRole('button', { name: 'Save OpenID Connect' }).click();
  // The contract's rule, on its field: plain http only for this machine.
  await expect(oidc.getByText(/Issuer must be the provider’s https address/)).toBeVisible();
  await oidc.getByRole('textbox', { name: 'Issuer' }).fill(idp.issuer);
  await oidc.getByRole('button', { name: 'Save OpenID Connect' }).click();
  await expect(page.getByText('OpenID Connect sign-in saved.')).toBeVisible();
  // The secret is write-only: the form now says one is kept and offers to replace or remove it.
  await expect(oidc.getByRole('radio', { name: 'Keep the saved secret' })).toBeChecked();
  await expect(oidc.getByRole('radio', { name: 'Remove it (PKCE only)' })).toBeVisible();

  // A refusal only the server can make (the certificate is parsed there) is shown on the field it names.
  const saml = page.getByRole('form', { name: 'SAML identity provider' });
  await saml.getByRole('textbox', { name: 'Display name' }).fill('Campus Shibboleth');
  await saml.getByRole('textbox', { name: 'Identity provider’s entity ID' }).fill('https://idp.uni.edu/shibboleth');
  await saml.getByRole('textbox', { name: 'Single sign-on address' }).fill('https://idp.uni.edu/idp/profile/SAML2/Redirect/SSO');
  await saml.getByRole('textbox', { name: 'Signing certificate' }).fill('not a certificate');
  await saml.getByRole('button', { name: 'Save SAML' }).click();
  await expect(saml.getByText(/is not an X\.509 certificate/)).toBeVisible();
  await saml.getByRole('button', { name: 'Discard changes' }).click();

  // Two rules, the wrong one first: moving the advisor rule up is what gives her the advisor role.
  const rules = page.getByRole('form', { name: 'Role rules' });
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await rules.getByRole('textbox', { name: 'Value of rule 1' }).fill('student-workers');
  await choose(page, rules, 'Role of rule 1', 'Viewer');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await rules.getByRole('textbox', { name: 'Value of rule 2' }).fill('career-staff');
  await choose(page, rules, 'Role of rule 2', 'Advisor');
  await rules.getByRole('button', { name: 'Move rule 2 up' }).click();
  await expect(rules.getByRole('textbox', { name: 'Value of rule 1' })).toHaveValue('career-staff');
  await rules.getByRole('button', { name: 'Save role rules' }).click();
  await expect(page.getByText(/Role rules saved/)).toBeVisible();

  const policy = page.getByRole('form', { name: 'Who may sign in' });
  await policy.getByRole('switch', { name: 'Staff must use single sign-on' }).check();
  await policy.getByRole('switch', { name: 'Create accounts on first sign-in' }).check();
  await policy.getByLabel('Allowed email domains').fill('uni.edu');
  await policy.getByLabel('Allowed email domains').press('Enter');
  await choose(page, policy, 'Role for new accounts', /^Viewer/);
  await policy.getByRole('button', { name: 'Save sign-in rules' }).click();
  await expect(page.getByText('Sign-in rules saved.')).toBeVisible();

  // What was saved is what the section shows after a reload.
  await page.reload();
  await expect(page.getByRole('form', { name: 'OpenID Connect provider' }).getByRole('textbox', { name: 'Issuer' })).toHaveValue(idp.issuer);
  await expect(page.getByRole('form', { name: 'Role rules' }).getByRole('textbox', { name: 'Value of rule 2' })).toHaveValue('student-workers');
  await expect(page.getByRole('form', { name: 'Who may sign in' }).getByRole('switch', { name: 'Staff must use single sign-on' })).toBeChecked();
});

test('someone new signs in with the provider and lands on My day as the role rules say', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${office.base}/`);
  await expect(page.getByText('Password sign-in is for admins only.')).toBeVisible();
  await page.getByRole('link', { name: `Sign in with ${provider}` }).click();

  // The provider's own login page.
  await expect(page.getByRole('heading', { name: 'Loopback provider sign-in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(advisor.email);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByText(advisor.name, { exact: true })).toBeVisible();
  await expect(header.getByText('Advisor', { exact: true })).toBeVisible();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Settings → Single sign-on and the sign-in page with its provider pass axe, ${scheme} theme`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await useScheme(page, scheme);
    await page.goto(`${office.base}/`);
    await expect(page.getByRole('link', { name: `Sign in with ${provider}` })).toBeVisible();
    const signInFindings = await blockingFindings(page);
    expect.soft(signInFindings, describeFindings(`${scheme} sign-in with single sign-on`, signInFindings)).toEqual([]);

    await openSection(page);
    await expect(page.getByRole('radio', { name: 'Keep the saved secret' })).toBeVisible();
    const findings = await blockingFindings(page);
    expect(findings, describeFindings(`${scheme} settings › single sign-on`, findings)).toEqual([]);
    await context.close();
  });
}
