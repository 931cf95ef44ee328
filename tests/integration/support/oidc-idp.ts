import { createPrivateKey, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { listenOn } from '../../../electron/web/http';

/**
 * A real OIDC provider (oidc-provider) on loopback for the sign-in tests (Vitest and Playwright). Its interaction
 * page signs in whoever the test names next (no forms) — or, given `people`, shows a login form a browser fills in —
 * and the token answer can be tampered with — re-signed with the provider's own key for a wrong audience or an
 * expired token, or with a stranger's key — to prove Rapport's checks refuse each.
 */

export type Tamper = 'none' | 'wrong audience' | 'expired' | 'bad signature';

export interface LoopbackIdp {
  issuer: string;
  /** Who the next sign-in at the provider is, and the claims it says about them. */
  nextAccount: { sub: string; claims: Record<string, unknown> };
  tamper: Tamper;
  close(): Promise<void>;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${base64url(sign('sha256', Buffer.from(input), key))}`;
}

function tampered(idToken: string, how: Tamper, own: KeyObject, stranger: KeyObject): string {
  const [head = '', body = ''] = idToken.split('.');
  const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as Record<string, unknown>;
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  if (how === 'wrong audience') return signJwt(header, { ...payload, aud: 'another-application' }, own);
  if (how === 'expired') return signJwt(header, { ...payload, iat: now - 7200, exp: now - 3600 }, own);
  return signJwt(header, payload, stranger);
}

/** Rewrites the token endpoint's JSON answer as it is sent (Koa ends the response with the whole body). */
function rewriteTokenAnswer(res: ServerResponse, rewrite: (idToken: string) => string): void {
  const end = res.end.bind(res);
  res.end = ((chunk?: unknown) => {
    if (!Buffer.isBuffer(chunk) && typeof chunk !== 'string') return end();
    const answer = JSON.parse(chunk.toString()) as { id_token?: string };
    if (answer.id_token) answer.id_token = rewrite(answer.id_token);
    const text = JSON.stringify(answer);
    res.setHeader('content-length', Buffer.byteLength(text));
    return end(text);
  }) as ServerResponse['end'];
}

/** The provider's own login page (for a browser): one email field; the person's claims are the test's `people` entry. */
function loginPage(uid: string, refused: boolean): string {
  const note = refused ? '<p role="alert">No such person at this provider.</p>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loopback provider</title></head><body><main><h1>Loopback provider sign-in</h1>${note}<form method="post" action="/interaction/${uid}/login"><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username"><button type="submit">Continue</button></form></main></body></html>`;
}

async function formEmail(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body).get('email')?.trim().toLowerCase() ?? '';
}

export async function startLoopbackIdp(
  client: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    postLogoutRedirectUri: string;
  },
  /** People who may sign in through the login form, by email, with the claims the provider releases for each. */
  people?: Readonly<Record<string, Record<string, unknown>>>,
): Promise<LoopbackIdp> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk: JsonWebKey = { ...privateKey.export({ format: 'jwk' }), kid: 'loopback-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  const port = await listenOn(server, 0, '127.0.0.1');
  const issuer = `http://127.0.0.1:${port}`;
  const idp: LoopbackIdp = {
    issuer,
    nextAccount: { sub: 'nobody', claims: {} },
    tamper: 'none',
    close: () => new Promise((done) => server.close(() => done())),
  };
  const accounts = new Map<string, Record<string, unknown>>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });
  const providerCallback = provider.callback();
  const own = createPrivateKey({ key: jwk, format: 'jwk' });
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        if (people && req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, false));
          return;
        }
        if (people) {
          const email = await formEmail(req);
          const claims = people[email];
          if (!claims) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, true));
          idp.nextAccount = { sub: `sub-${email}`, claims: { email, email_verified: true, ...claims } };
        }
        const { sub, claims } = idp.nextAccount;
        accounts.set(sub, claims);
        const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
        grant.addOIDCScope(details.params.scope);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { login: { accountId: sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
      })().catch(() => res.writeHead(500).end());
      return;
    }
    if (req.url?.startsWith('/token') && idp.tamper !== 'none') {
      const how = idp.tamper;
      rewriteTokenAnswer(res, (idToken) => tampered(idToken, how, own, stranger));
    }
    providerCallback(req, res);
  });
  return idp;
}
