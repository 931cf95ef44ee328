import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { signSamlPost } from '@node-saml/node-saml/lib/saml-post-signing.js';
import { generate } from 'selfsigned';

// A SAML identity provider for tests: a key pair generated here, and Responses written and signed the way an IdP
// (Shibboleth's default: the assertion signed, the envelope not) sends them, with each field overridable to make
// the negative cases.

export interface IdpKeys {
  cert: string;
  key: string;
}

export const idpEntityId = 'https://idp.uni.test/idp/shibboleth';
export const idpSsoUrl = 'https://idp.uni.test/idp/profile/SAML2/Redirect/SSO';

export async function idpKeys(): Promise<IdpKeys> {
  const pems = await generate([{ name: 'commonName', value: 'idp.uni.test' }], { keySize: 2048, notAfterDate: new Date(Date.now() + 24 * 3600_000) });
  return { cert: pems.cert, key: pems.private };
}

export interface AuthnRequest {
  id: string;
  /** Where the SP wants the answer posted (its ACS), and who it is (its entity id: the assertion's audience). */
  acsUrl: string;
  issuer: string;
}

/** The AuthnRequest inside an HTTP-Redirect address (SAMLRequest: deflated, base64). */
export function authnRequestOf(redirect: string): AuthnRequest {
  const encoded = new URL(redirect).searchParams.get('SAMLRequest') ?? '';
  const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1];
  const acsUrl = /\sAssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1];
  const issuer = /<(?:saml:)?Issuer[^>]*>([^<]+)</.exec(xml)?.[1];
  if (!id || !acsUrl || !issuer) throw new Error(`not a complete AuthnRequest: ${xml}`);
  return { id, acsUrl, issuer };
}

/** The AuthnRequest id inside an HTTP-Redirect address. */
export function requestIdOf(redirect: string): string {
  return authnRequestOf(redirect).id;
}

export interface ResponseFields {
  inResponseTo: string;
  audience: string;
  recipient: string;
  issuer?: string;
  email?: string;
  nameId?: string;
  groups?: string[];
  /** The assertion's window, relative to now (ms). */
  notBeforeMs?: number;
  notOnOrAfterMs?: number;
  assertionId?: string;
  /** false: leave the assertion unsigned. */
  sign?: boolean;
}

const attribute = (name: string, values: string[]) =>
  `<saml:Attribute Name="${name}">${values.map((v) => `<saml:AttributeValue>${v}</saml:AttributeValue>`).join('')}</saml:Attribute>`;

/** A base64 SAMLResponse as an IdP POSTs it to the ACS. */
export function samlResponse(keys: IdpKeys, fields: ResponseFields): string {
  const now = Date.now();
  const at = (offset: number) => new Date(now + offset).toISOString();
  const issuer = fields.issuer ?? idpEntityId;
  const notBefore = at(fields.notBeforeMs ?? -60_000);
  const notOnOrAfter = at(fields.notOnOrAfterMs ?? 5 * 60_000);
  const assertionId = fields.assertionId ?? `_a${randomUUID()}`;
  const xml = [
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID()}" Version="2.0" IssueInstant="${at(0)}" Destination="${fields.recipient}" InResponseTo="${fields.inResponseTo}">`,
    `<saml:Issuer>${issuer}</saml:Issuer>`,
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>',
    `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${at(0)}">`,
    `<saml:Issuer>${issuer}</saml:Issuer>`,
    '<saml:Subject>',
    `<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${fields.nameId ?? 'AAdzZWNyZXQx'}</saml:NameID>`,
    '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">',
    `<saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${fields.recipient}" InResponseTo="${fields.inResponseTo}"/>`,
    '</saml:SubjectConfirmation>',
    '</saml:Subject>',
    `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}">`,
    `<saml:AudienceRestriction><saml:Audience>${fields.audience}</saml:Audience></saml:AudienceRestriction>`,
    '</saml:Conditions>',
    `<saml:AuthnStatement AuthnInstant="${at(0)}" SessionIndex="_s1"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
    '<saml:AttributeStatement>',
    attribute('urn:oid:0.9.2342.19200300.100.1.3', [fields.email ?? 'ada@uni.test']),
    attribute('urn:oid:2.16.840.1.113730.3.1.241', ['Ada Lovelace']),
    attribute('eduPersonEntitlement', fields.groups ?? ['urn:mace:uni.test:career-staff']),
    '</saml:AttributeStatement>',
    '</saml:Assertion>',
    '</samlp:Response>',
  ].join('');
  const signed =
    fields.sign === false
      ? xml
      : signSamlPost(xml, "/*[local-name(.)='Response']/*[local-name(.)='Assertion']", { privateKey: keys.key, signatureAlgorithm: 'sha256' });
  return Buffer.from(signed, 'utf8').toString('base64');
}
