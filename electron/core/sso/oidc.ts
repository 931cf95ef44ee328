import * as client from 'openid-client';
import type { Db } from '../db/client';
import { oidcClientSecret, oidcClientSettings, type StoredOidc } from './oidc-settings';
import { refuseSsoSignIn, type SsoIdentity } from './provisioning';

/**
 * OIDC sign-in with openid-client: authorization code + PKCE (S256), state and nonce kept here on the server for ten
 * minutes and usable once, the ID token checked by the library — issuer, audience, expiry, nonce and (non-repudiation
 * checks on) its signature against the provider's published keys (JWKS).
 */

const pendingLifetimeMs = 10 * 60_000;
/** A flood of started sign-ins cannot grow memory without bound: the oldest are forgotten first. */
const maxPending = 1_000;

interface Pending {
  verifier: string;
  nonce: string;
  redirectUri: string;
  startedAt: number;
}

export interface OidcFlow {
  /** The provider's authorization address to send the browser to, and the state to bind to the browser (cookie). */
  start(db: Db, redirectUri: string): Promise<{ url: URL; state: string }>;
  /** Checks the provider's answer and returns who signed in; refusals are audited and thrown as AppError. */
  finish(db: Db, callbackUrl: URL, browserState: string | null, address: string): Promise<{ identity: SsoIdentity; idToken: string | undefined }>;
  /** Where to send the browser to end the provider's session too, or null when it has no end_session_endpoint. */
  endSessionUrl(db: Db, postLogoutRedirectUri: string, idToken: string | undefined): Promise<URL | null>;
}

export function createOidcFlow(now: () => number = Date.now): OidcFlow {
  const pending = new Map<string, Pending>();
  let cached: { key: string; config: Promise<client.Configuration> } | null = null;

  const configuration = (settings: StoredOidc, secret: string | null): Promise<client.Configuration> => {
    const key = JSON.stringify([settings.issuer, settings.clientId, secret]);
    if (cached?.key === key) return cached.config;
    const issuer = new URL(settings.issuer);
    const insecure = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    const config = client
      .discovery(issuer, settings.clientId, secret ?? undefined, secret ? client.ClientSecretPost(secret) : client.None(), insecure)
      .then((found) => {
        client.enableNonRepudiationChecks(found);
        return found;
      });
    // A provider that was down is asked again next time rather than remembered as broken.
    config.catch(() => {
      if (cached?.key === key) cached = null;
    });
    cached = { key, config };
    return config;
  };

  const configured = (db: Db) => {
    const settings = oidcClientSettings(db);
    return settings ? { settings, config: configuration(settings, oidcClientSecret(db)) } : null;
  };

  const prune = () => {
    for (const [state, entry] of pending) if (now() - entry.startedAt >= pendingLifetimeMs || pending.size > maxPending) pending.delete(state);
  };

  return {
    async start(db, redirectUri) {
      const found = configured(db);
      if (!found) throw refuseSsoSignIn(db, { protocol: 'oidc' }, 'unknown', 'not configured', 'Single sign-on is not set up for this office.');
      const config = await found.config;
      prune();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      pending.set(state, { verifier, nonce, redirectUri, startedAt: now() });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: ['openid', ...found.settings.scopes.filter((s) => s !== 'openid')].join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state };
    },

    async finish(db, callbackUrl, browserState, address) {
      const refuse = (reason: string, message: string, subject?: string) => refuseSsoSignIn(db, { protocol: 'oidc', subject }, address, reason, message);
      const state = callbackUrl.searchParams.get('state');
      const entry = state ? pending.get(state) : undefined;
      if (state) pending.delete(state);
      if (!state || !entry || state !== browserState || now() - entry.startedAt >= pendingLifetimeMs) {
        throw refuse(
          'state mismatch',
          'This sign-in was not started from this browser, took longer than ten minutes, or was already used. Start again from Rapport.',
        );
      }
      const providerError = callbackUrl.searchParams.get('error');
      if (providerError) {
        throw refuse(`provider error: ${providerError}`, `The identity provider did not sign you in (${providerError}). Start again, or ask IT.`);
      }
      const found = configured(db);
      if (!found) throw refuse('not configured', 'Single sign-on is not set up for this office.');
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(
          await found.config,
          callbackUrl,
          { pkceCodeVerifier: entry.verifier, expectedState: state, expectedNonce: entry.nonce, idTokenExpected: true },
          { redirect_uri: entry.redirectUri },
        );
      } catch (error) {
        const [reason, message] = explain(error);
        throw refuse(reason, message);
      }
      const idClaims = tokens.claims();
      if (!idClaims) throw refuse('no id token', 'The identity provider sent no ID token.');
      // Some providers put only `sub` in the ID token: the rest (email, name, groups) comes from UserInfo, for the same subject.
      const config = await found.config;
      const claims =
        idClaims.email === undefined && config.serverMetadata().userinfo_endpoint
          ? { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims }
          : idClaims;
      if (claims.email_verified === false) {
        throw refuse('email not verified', 'The identity provider says this email address is not verified.', claims.sub);
      }
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return {
        identity: { protocol: 'oidc', subject: claims.sub, email: text(claims.email), name: text(claims.name), claims },
        idToken: tokens.id_token,
      };
    },

    async endSessionUrl(db, postLogoutRedirectUri, idToken) {
      const found = configured(db);
      if (!found) return null;
      const config = await found.config.catch(() => null);
      if (!config?.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: found.settings.clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      });
    },
  };
}

/** The library's error and the errors it wraps (openid-client wraps oauth4webapi's, which names the claim in its cause). */
function causes(error: unknown): { code: string; messages: string; claim: string } {
  const found = { code: '', messages: '', claim: '' };
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if ('code' in current && !found.code) found.code = String(current.code);
    if ('claim' in current && !found.claim) found.claim = String(current.claim);
    if (current instanceof Error) found.messages += ` ${current.message}`;
    current = 'cause' in current ? current.cause : null;
  }
  return found;
}

/** The library's refusal in words an IT office can act on, and a short reason for the audit. */
function explain(error: unknown): [reason: string, message: string] {
  const { code, messages, claim } = causes(error);
  const detail = messages.trim().slice(0, 200);
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') {
    return ['wrong audience', 'The identity provider’s answer was meant for another application (its audience is not Rapport’s client ID).'];
  }
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'iss')
    return ['wrong issuer', 'The answer did not come from the configured identity provider (issuer).'];
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce')
    return ['nonce mismatch', 'The answer does not belong to this sign-in (nonce). Start again.'];
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') {
    return ['expired', 'The identity provider’s answer has expired (or is not valid yet). Start again; if it keeps happening, check the server’s clock.'];
  }
  if (/signature/i.test(messages) || code === 'OAUTH_KEY_SELECTION_FAILED') {
    return ['bad signature', 'The identity provider’s answer is not signed by any of its published keys: it was refused.'];
  }
  return [`not verified: ${detail}`, `The identity provider’s answer could not be verified (${detail}).`];
}
