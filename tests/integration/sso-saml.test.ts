import { request } from 'node:http';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SamlSettings } from '../../shared/api/sso-saml';
import { recentAudit } from '../../electron/core/db/audit';
import { writeSetting } from '../../electron/core/db/settings';
import { insertUser } from '../../electron/core/db/users';
import { AppError } from '../../electron/core/errors';
import { samlEndpoints, samlMetadata, samlSignIn, samlStartUrl } from '../../electron/core/sso/saml';
import { samlSettingKey } from '../../electron/core/sso/saml-settings';
import { ssoSettingKeys } from '../../electron/core/sso/settings';
import { freshDbForEachTest, present } from './helpers';
import { send } from './http-reply';
import { serveOffice, type OfficeHttp } from './support/office-http';
import { idpEntityId, idpKeys, idpSsoUrl, requestIdOf, samlResponse, type IdpKeys, type ResponseFields } from './support/saml-idp';

// SAML sign-in against responses an IdP would send, signed in the test with a generated key: the valid one signs
// the person in with the role the attributes map to; each forged, stale, misdirected or replayed one is refused
// with a message that says why, and audited with the reason.

const t = freshDbForEachTest();
const origin = 'https://rapport.uni.test';
const sp = samlEndpoints(origin);
const address = '192.0.2.9';
let idp: IdpKeys;
let otherIdp: IdpKeys;

beforeAll(async () => {
  [idp, otherIdp] = await Promise.all([idpKeys(), idpKeys()]);
});

beforeEach(() => {
  const settings: SamlSettings = { enabled: true, displayName: 'Uni Login', idpEntityId, idpSsoUrl, idpCertificate: idp.cert };
  writeSetting(t.db, samlSettingKey, settings);
  writeSetting(t.db, ssoSettingKeys.roleRules, [{ claim: 'eduPersonEntitlement', value: 'urn:mace:uni.test:career-staff', role: 'advisor' }]);
  insertUser(t.db, { email: 'ada@uni.test', name: 'Ada', role: 'viewer', advisorId: null, passwordHash: 'x' });
});

/** A response to a request this server really issued, with the fields a correct IdP fills in. */
async function answer(overrides: Partial<ResponseFields> = {}, keys: IdpKeys = idp): Promise<string> {
  const inResponseTo = requestIdOf(await samlStartUrl(t.db, origin));
  return samlResponse(keys, { inResponseTo, audience: sp.entityId, recipient: sp.acsUrl, ...overrides });
}

async function refusal(response: string): Promise<{ message: string; reason: unknown; audited: Record<string, unknown> }> {
  try {
    await samlSignIn(t.db, origin, response, address);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('unauthenticated');
    const [entry] = recentAudit(t.db, 1);
    expect(entry?.action).toBe('sign_in_failed');
    return { message: error.message, reason: error.details?.reason, audited: JSON.parse(entry?.details ?? '{}') as Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('SAML sign-in', () => {
  it('accepts a signed assertion answering our request: the account by email, the role by the attributes', async () => {
    const redirect = await samlStartUrl(t.db, origin);
    expect(redirect.startsWith(`${idpSsoUrl}?SAMLRequest=`)).toBe(true);
    const response = samlResponse(idp, { inResponseTo: requestIdOf(redirect), audience: sp.entityId, recipient: sp.acsUrl });
    const { caller, identity } = await samlSignIn(t.db, origin, response, address);
    expect(caller).toMatchObject({ email: 'ada@uni.test', role: 'advisor' });
    expect(identity).toMatchObject({ protocol: 'saml', subject: 'AAdzZWNyZXQx', email: 'ada@uni.test', name: 'Ada Lovelace' });
  });

  it('serves SP metadata naming the entity id and the ACS, wanting signed assertions', () => {
    const xml = samlMetadata(t.db, origin);
    expect(xml).toContain(`entityID="${sp.entityId}"`);
    expect(xml).toContain(`Location="${sp.acsUrl}"`);
    expect(xml).toContain('WantAssertionsSigned="true"');
  });

  const cases: { name: string; reason: string; message: RegExp; make: () => Promise<string> }[] = [
    { name: 'signed by another key', reason: 'bad signature', message: /signature does not check/, make: () => answer({}, otherIdp) },
    { name: 'unsigned', reason: 'unsigned', message: /not signed/, make: () => answer({ sign: false }) },
    { name: 'expired', reason: 'expired', message: /time window/, make: () => answer({ notBeforeMs: -3_600_000, notOnOrAfterMs: -10 * 60_000 }) },
    {
      name: 'for another audience',
      reason: 'wrong audience',
      message: /meant for another service/,
      make: () => answer({ audience: 'https://other.uni.test/sp' }),
    },
    { name: 'for another recipient', reason: 'wrong recipient', message: /another address/, make: () => answer({ recipient: 'https://other.uni.test/acs' }) },
    {
      name: 'from another issuer',
      reason: 'wrong issuer',
      message: /not the identity provider in Settings/,
      make: () => answer({ issuer: 'https://evil.test/idp' }),
    },
    {
      name: 'answering a request we never issued',
      reason: 'unknown request',
      message: /does not answer a sign-in this server started/,
      make: () => Promise.resolve(samlResponse(idp, { inResponseTo: '_never-issued', audience: sp.entityId, recipient: sp.acsUrl })),
    },
  ];
  for (const c of cases) {
    it(`refuses an assertion ${c.name}, saying why, audited`, async () => {
      const refused = await refusal(await c.make());
      expect(refused.message).toMatch(c.message);
      expect(refused.reason).toBe(c.reason);
      expect(refused.audited).toMatchObject({ protocol: 'saml', reason: c.reason, address });
    });
  }

  it('allows two minutes of clock difference, not more', async () => {
    await expect(samlSignIn(t.db, origin, await answer({ notBeforeMs: 60_000 }), address)).resolves.toBeTruthy();
    expect((await refusal(await answer({ notBeforeMs: 5 * 60_000, notOnOrAfterMs: 10 * 60_000 }))).reason).toBe('expired');
  });

  it('refuses a replayed assertion, even answering a fresh request', async () => {
    const first = await answer({ assertionId: '_replayed-once' });
    await samlSignIn(t.db, origin, first, address);
    const again = await refusal(first);
    expect(again).toMatchObject({ reason: 'replayed', message: expect.stringMatching(/already used/) });
    expect((await refusal(await answer({ assertionId: '_replayed-once' }))).reason).toBe('replayed');
  });

  it('a failed response does not use up the request: the real answer still signs in', async () => {
    const inResponseTo = requestIdOf(await samlStartUrl(t.db, origin));
    const fields = { inResponseTo, audience: sp.entityId, recipient: sp.acsUrl };
    expect((await refusal(samlResponse(otherIdp, fields))).reason).toBe('bad signature');
    await expect(samlSignIn(t.db, origin, samlResponse(idp, fields), address)).resolves.toBeTruthy();
    expect((await refusal(samlResponse(idp, fields))).reason).toBe('unknown request');
  });

  it('hands the person to provisioning: unknown with provisioning off is refused (audited)', async () => {
    expect((await refusal(await answer({ email: 'stranger@uni.test' }))).reason).toBe('unknown user');
  });
});

describe('SAML sign-in through the office server', () => {
  let office: OfficeHttp | null = null;
  const port = () => office?.port ?? 0;
  const serverOrigin = () => `http://127.0.0.1:${port()}`;
  const get = (path: string) => send(request, { host: '127.0.0.1', port: port(), path, method: 'GET', agent: false });
  const post = (path: string, form: string) =>
    send(
      request,
      {
        host: '127.0.0.1',
        port: port(),
        path,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' },
      },
      form,
    );

  beforeEach(async () => {
    office = await serveOffice(t.db);
  });
  afterEach(() => office?.close());

  /** Starts at /sso/saml/start as the sign-in button does and answers the request the IdP was sent. */
  async function idpAnswer(overrides: Partial<ResponseFields> = {}, keys: IdpKeys = idp): Promise<string> {
    const start = await get('/sso/saml/start');
    expect(start.status).toBe(303);
    const endpoints = samlEndpoints(serverOrigin());
    const response = samlResponse(keys, {
      inResponseTo: requestIdOf(String(start.headers.location)),
      audience: endpoints.entityId,
      recipient: endpoints.acsUrl,
      ...overrides,
    });
    return new URLSearchParams({ SAMLResponse: response }).toString();
  }

  it('serves the SP metadata at its fixed address', async () => {
    const reply = await get('/sso/saml/metadata');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(reply.text).toContain(`entityID="${serverOrigin()}/sso/saml/metadata"`);
    expect(reply.text).toContain(`Location="${serverOrigin()}/sso/saml/acs"`);
  });

  it('signs in with a signed response: the session cookie is set and the app answers with the mapped role', async () => {
    const reply = await post('/sso/saml/acs', await idpAnswer());
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(/^rapport-session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict/);
    const me = await present(office, 'office server').api('auth.me', {}, cookie.split(';')[0]);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ ok: true, data: { caller: { email: 'ada@uni.test', role: 'advisor' } } });
  });

  const negative: { name: string; reason: RegExp; form: () => Promise<string> }[] = [
    { name: 'a wrong signature', reason: /signature does not check/, form: () => idpAnswer({}, otherIdp) },
    { name: 'an unsigned assertion', reason: /not signed/, form: () => idpAnswer({ sign: false }) },
    { name: 'an expired assertion', reason: /time window/, form: () => idpAnswer({ notBeforeMs: -3_600_000, notOnOrAfterMs: -10 * 60_000 }) },
    { name: 'a wrong audience', reason: /another service/, form: () => idpAnswer({ audience: 'https://other.uni.test/sp' }) },
    { name: 'a wrong recipient', reason: /another address/, form: () => idpAnswer({ recipient: 'https://other.uni.test/acs' }) },
    { name: 'an unknown InResponseTo', reason: /does not answer a sign-in/, form: () => idpAnswer({ inResponseTo: '_never-issued' }) },
    { name: 'an unknown person (provisioning off)', reason: /no Rapport account/, form: () => idpAnswer({ email: 'stranger@uni.test' }) },
  ];
  /** A refusal sends the browser to the sign-in page with an id; the page reads the server's message by it. */
  async function refusedWith(reply: Awaited<ReturnType<typeof post>>): Promise<string> {
    expect(reply.status).toBe(303);
    expect(reply.headers['set-cookie']).toBeUndefined();
    const id = /^\/#\/sign-in\?refusal=([A-Za-z0-9_-]{22})$/.exec(String(reply.headers.location))?.[1];
    expect(id, String(reply.headers.location)).toBeDefined();
    const shown = await get(`/sso/refusal?id=${id}`);
    expect(shown.status).toBe(200);
    return (JSON.parse(shown.text) as { message: string }).message;
  }

  for (const c of negative) {
    it(`refuses ${c.name}: no cookie, and the sign-in page gets the clear message (audited)`, async () => {
      expect(await refusedWith(await post('/sso/saml/acs', await c.form()))).toMatch(c.reason);
      expect(recentAudit(t.db, 1)[0]?.action).toBe('sign_in_failed');
    });
  }

  it('refuses the same response posted twice', async () => {
    const form = await idpAnswer();
    expect((await post('/sso/saml/acs', form)).status).toBe(303);
    expect(await refusedWith(await post('/sso/saml/acs', form))).toMatch(/already used/);
  });

  it('refuses a post without a SAMLResponse, and a start while SAML is off, on the sign-in page too', async () => {
    expect(await refusedWith(await post('/sso/saml/acs', 'RelayState=x'))).toMatch(/no SAMLResponse/);
    t.call('sso.updateSettings', { saml: null });
    expect(await refusedWith(await get('/sso/saml/start'))).toMatch(/SAML sign-in is not set up/);
  });

  it('knows no refusal it did not hand out: an id made up in a link shows nothing', async () => {
    const made = await get('/sso/refusal?id=Your-account-is-locked-call-555');
    expect(made.status).toBe(404);
    expect(JSON.parse(made.text)).toEqual({ message: null });
  });
});

describe('SAML settings (sso.updateSettings, sso.signInOptions)', () => {
  it('keeps the IdP with its certificate as PEM, offers the sign-in button while on, and refuses a certificate that is not one', () => {
    const settings: SamlSettings = {
      enabled: true,
      displayName: 'Uni Login',
      idpEntityId,
      idpSsoUrl,
      idpCertificate: idp.cert.replace(/-----[A-Z ]+-----|\s/g, ''),
    };
    const saved = t.call('sso.updateSettings', { saml: settings });
    expect(saved.saml).toMatchObject({ displayName: 'Uni Login', idpEntityId, idpCertificate: expect.stringContaining('-----BEGIN CERTIFICATE-----') });
    expect(t.call('sso.signInOptions', {}).saml).toEqual({ displayName: 'Uni Login' });
    t.call('sso.updateSettings', { saml: { ...settings, enabled: false } });
    expect(t.call('sso.signInOptions', {}).saml).toBeNull();
    expect(t.call('sso.settings', {}).saml?.enabled).toBe(false);
    const refused = t.fails('sso.updateSettings', { saml: { ...settings, idpCertificate: 'not a certificate' } });
    expect(refused).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/signing certificate is not an X\.509 certificate/),
      details: { field: 'idpCertificate' },
    });
    expect(t.fails('sso.updateSettings', { saml: { ...settings, idpSsoUrl: 'http://idp.uni.test/sso' } }).code).toBe('invalid_input');
    t.call('sso.updateSettings', { saml: null });
    expect(t.call('sso.settings', {}).saml).toBeNull();
  });
});
