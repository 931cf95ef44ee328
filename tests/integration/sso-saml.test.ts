import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SamlSettings } from '../../shared/api/sso-saml';
import { recentAudit } from '../../electron/core/db/audit';
import { writeSetting } from '../../electron/core/db/settings';
import { insertUser } from '../../electron/core/db/users';
import { AppError } from '../../electron/core/errors';
import { samlEndpoints, samlMetadata, samlSignIn, samlStartUrl } from '../../electron/core/sso/saml';
import { samlSettingKey } from '../../electron/core/sso/saml-settings';
import { ssoSettingKeys } from '../../electron/core/sso/settings';
import { freshDbForEachTest } from './helpers';
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
