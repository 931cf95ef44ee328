import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from '@node-saml/node-saml';
import type { Caller } from '../../../shared/api/caller';
import { samlPaths, type SamlSettings } from '../../../shared/api/sso-saml';
import { transaction, type Db } from '../db/client';
import { forgetSamlId, liveSamlId, rememberSamlId } from '../db/saml-ids';
import { AppError } from '../errors';
import { refuseSsoSignIn, ssoAccount, type SsoIdentity } from './provisioning';
import type { Claims } from './role-mapping';
import { samlSettings } from './saml-settings';

/**
 * SAML 2.0 sign-in for the office server (Rapport is the service provider), on @node-saml/node-saml. The library
 * checks the XML signatures (the assertion itself must be signed by the certificate in Settings), the time window
 * and the audience; this module adds what it leaves to the caller: the issuer, the recipient, that the response
 * answers a request this server issued and that it is used once, and that an assertion is never accepted twice.
 */

/** How far the IdP's clock may be from ours, either way. */
export const samlClockSkewMs = 2 * 60_000;
/** How long an issued AuthnRequest may be answered: a person signing in at the IdP, with a password and a second factor. */
export const samlRequestLifetimeMs = 10 * 60_000;

export interface SamlEndpoints {
  entityId: string;
  acsUrl: string;
  metadataUrl: string;
}

/** Rapport's side of the trust, fixed by the office's public origin: the entity id is the metadata address. */
export function samlEndpoints(origin: string): SamlEndpoints {
  return { entityId: origin + samlPaths.metadata, acsUrl: origin + samlPaths.acs, metadataUrl: origin + samlPaths.metadata };
}

/**
 * Issued requests, kept in the database (a restart or a second tab does not lose them). Removal is left out on
 * purpose: the library removes a request on any failed response, which would let anyone who sees a request id
 * burn someone's sign-in with garbage; samlSignIn consumes the request itself, only once everything has passed.
 */
function requestStore(db: Db): CacheProvider {
  return {
    saveAsync: (key, value) => {
      const now = new Date();
      rememberSamlId(db, 'request', key, now, new Date(now.getTime() + samlRequestLifetimeMs));
      return Promise.resolve({ value, createdAt: now.getTime() });
    },
    getAsync: (key) => Promise.resolve(liveSamlId(db, 'request', key, new Date())),
    removeAsync: () => Promise.resolve(null),
  };
}

function samlFor(db: Db, settings: SamlSettings, origin: string): SAML {
  const sp = samlEndpoints(origin);
  return new SAML({
    issuer: sp.entityId,
    audience: sp.entityId,
    callbackUrl: sp.acsUrl,
    entryPoint: settings.idpSsoUrl,
    idpCert: settings.idpCertificate,
    idpIssuer: settings.idpEntityId,
    wantAssertionsSigned: true,
    // Many IdPs (Shibboleth's default) sign the assertion, not the envelope; the assertion is what we trust.
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: samlRequestLifetimeMs,
    acceptedClockSkewMs: samlClockSkewMs,
    // Let the IdP choose the NameID (persistent, transient or email): the email comes from the `mail` attribute.
    identifierFormat: null,
    // The IdP decides how people authenticate (password, MFA); asking for one exact context breaks MFA set-ups.
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    cacheProvider: requestStore(db),
  });
}

function configured(db: Db): SamlSettings {
  const settings = samlSettings(db);
  if (!settings) throw new AppError('not_found', 'SAML sign-in is not set up for this office (Settings → Single sign-on).');
  return settings;
}

/** The address of the IdP's sign-in page with a new AuthnRequest (HTTP-Redirect binding); the request id is kept. */
export async function samlStartUrl(db: Db, origin: string): Promise<string> {
  return samlFor(db, configured(db), origin).getAuthorizeUrlAsync('', undefined, {});
}

/** Rapport's SP metadata for IT to load into the IdP. Answered also before SAML is set up, so IT can start there. */
export function samlMetadata(db: Db, origin: string): string {
  const settings = samlSettings(db);
  const sp = samlEndpoints(origin);
  if (settings) return samlFor(db, settings, origin).generateServiceProviderMetadata(null, null);
  return [
    '<?xml version="1.0"?>',
    `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${sp.entityId}">`,
    '  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="false" WantAssertionsSigned="true">',
    `    <AssertionConsumerService index="1" isDefault="true" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${sp.acsUrl}"/>`,
    '  </SPSSODescriptor>',
    '</EntityDescriptor>',
  ].join('\n');
}

/** Values at a path of the xml2js tree the library parsed the verified assertion into (every element is a list). */
function valuesAt(node: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [node];
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, path));
  if (typeof node !== 'object' || node === null) return [];
  const [head = '', ...rest] = path;
  return Object.hasOwn(node, head) ? valuesAt(Reflect.get(node, head), rest) : [];
}

const strings = (values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string');

/** The first string attribute of the ones named, in order. */
function firstAttribute(claims: Claims, names: readonly string[]): string | null {
  for (const name of names) {
    const value = claims[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim()) return first.trim();
  }
  return null;
}

const mailAttributes = ['mail', 'email', 'urn:oid:0.9.2342.19200300.100.1.3', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'];
const nameAttributes = [
  'displayName',
  'urn:oid:2.16.840.1.113730.3.1.241',
  'cn',
  'urn:oid:2.5.4.3',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
];
const emailNameId = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

function claimsOf(profile: Profile): Claims {
  const attributes = profile.attributes;
  return typeof attributes === 'object' && attributes !== null ? Object.fromEntries(Object.entries(attributes)) : {};
}

function identityOf(profile: Profile): SsoIdentity {
  const claims = claimsOf(profile);
  const email = firstAttribute(claims, mailAttributes) ?? (profile.nameIDFormat === emailNameId ? profile.nameID : null);
  return { protocol: 'saml', subject: profile.nameID, email, name: firstAttribute(claims, nameAttributes), claims };
}

interface Refusal {
  reason: string;
  message: string;
}

const startAgain = 'Start again from Rapport’s sign-in page.';

/** The library's error, said for a person and for the audit. */
function refusalFor(error: unknown, xml: string): Refusal {
  const text = error instanceof Error ? error.message : String(error);
  if (/signature/i.test(text)) {
    return /<([\w-]+:)?Signature[\s>]/.test(xml)
      ? { reason: 'bad signature', message: 'The SAML response’s signature does not check with the identity provider certificate in Settings: refused.' }
      : { reason: 'unsigned', message: 'The SAML assertion is not signed: Rapport accepts only assertions signed by the identity provider.' };
  }
  if (/InResponseTo/i.test(text)) {
    return { reason: 'unknown request', message: `The SAML response does not answer a sign-in this server started in the last 10 minutes. ${startAgain}` };
  }
  if (/expired|not yet valid|subject confirmation/i.test(text)) {
    return {
      reason: 'expired',
      message: `The SAML assertion is outside its time window (expired, or not valid yet; 2 minutes of clock difference are allowed). ${startAgain}`,
    };
  }
  if (/audience/i.test(text)) {
    return { reason: 'wrong audience', message: 'The SAML assertion is meant for another service (its audience is not this Rapport’s entity id).' };
  }
  return { reason: 'invalid response', message: `The SAML response was refused: ${text.slice(0, 200)}` };
}

/** The assertion's ID attribute before any check: only to name a replay (the verified ID is what is stored). */
function claimedAssertionId(xml: string): string | null {
  return /<([\w-]+:)?Assertion\b[^>]*\sID="([^"]{1,200})"/.exec(xml)?.[2] ?? null;
}

/** Checks the library leaves to us, on the verified assertion; the refusal or null. */
function ourChecks(profile: Profile, settings: SamlSettings, sp: SamlEndpoints): Refusal | null {
  const assertion = profile.getAssertion?.() ?? {};
  if (profile.issuer !== settings.idpEntityId) {
    return {
      reason: 'wrong issuer',
      message: `The SAML assertion was issued by "${String(profile.issuer).slice(0, 200)}", not the identity provider in Settings.`,
    };
  }
  const bearer = valuesAt(assertion, ['Assertion', 'Subject', 'SubjectConfirmation', 'SubjectConfirmationData', '$']);
  if (!strings(bearer.flatMap((data) => valuesAt(data, ['Recipient']))).includes(sp.acsUrl)) {
    return { reason: 'wrong recipient', message: `The SAML assertion was sent for another address, not this Rapport’s ${sp.acsUrl}.` };
  }
  if (!strings(bearer.flatMap((data) => valuesAt(data, ['InResponseTo']))).includes(String(profile.inResponseTo))) {
    return { reason: 'unknown request', message: `The signed SAML assertion does not answer the sign-in this response names. ${startAgain}` };
  }
  if (!profile.nameID) return { reason: 'no subject', message: 'The SAML assertion names nobody (no NameID).' };
  return null;
}

/** When the verified assertion stops being acceptable anywhere: its latest NotOnOrAfter, plus the skew. */
function assertionExpiry(profile: Profile, now: Date): Date {
  const assertion = profile.getAssertion?.() ?? {};
  const ends = strings([
    ...valuesAt(assertion, ['Assertion', 'Conditions', '$', 'NotOnOrAfter']),
    ...valuesAt(assertion, ['Assertion', 'Subject', 'SubjectConfirmation', 'SubjectConfirmationData', '$', 'NotOnOrAfter']),
  ])
    .map(Date.parse)
    .filter(Number.isFinite);
  return new Date(Math.max(now.getTime() + samlRequestLifetimeMs, ...ends) + samlClockSkewMs);
}

export interface SamlSignIn {
  caller: Caller;
  identity: SsoIdentity;
}

/**
 * Validates a POSTed SAMLResponse and finds the account (S1's provisioning and role mapping). Every refusal is
 * audited with its reason and answered as 'unauthenticated' with a message that says what was wrong.
 */
export async function samlSignIn(db: Db, origin: string, samlResponse: string, address: string, now = new Date()): Promise<SamlSignIn> {
  const settings = configured(db);
  const sp = samlEndpoints(origin);
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  const refuse = (refusal: Refusal, subject: string | null = null, email: string | null = null) =>
    refuseSsoSignIn(db, { protocol: 'saml', subject, email }, address, refusal.reason, refusal.message);

  const claimedId = claimedAssertionId(xml);
  if (claimedId && liveSamlId(db, 'assertion', claimedId, now)) {
    throw refuse({ reason: 'replayed', message: `This SAML assertion was already used to sign in; each is accepted once. ${startAgain}` });
  }
  let profile: Profile;
  try {
    const result = await samlFor(db, settings, origin).validatePostResponseAsync({ SAMLResponse: samlResponse });
    if (!result.profile) throw new Error('The response carries no assertion.');
    profile = result.profile;
  } catch (error) {
    throw refuse(refusalFor(error, xml));
  }
  const identity = identityOf(profile);
  const problem = ourChecks(profile, settings, sp);
  if (problem) throw refuse(problem, identity.subject, identity.email);

  const assertionId = strings(valuesAt(profile.getAssertion?.() ?? {}, ['Assertion', '$', 'ID']))[0] ?? null;
  const consumed = transaction(db, () => {
    if (!assertionId || !rememberSamlId(db, 'assertion', assertionId, now, assertionExpiry(profile, now))) return 'replayed';
    return forgetSamlId(db, 'request', String(profile.inResponseTo)) ? null : 'unknown request';
  });
  if (consumed === 'replayed') {
    throw refuse(
      { reason: 'replayed', message: `This SAML assertion was already used to sign in; each is accepted once. ${startAgain}` },
      identity.subject,
      identity.email,
    );
  }
  if (consumed) {
    throw refuse(
      { reason: consumed, message: `The SAML response answers a sign-in that was already completed. ${startAgain}` },
      identity.subject,
      identity.email,
    );
  }
  return { caller: ssoAccount(db, identity, address), identity };
}
