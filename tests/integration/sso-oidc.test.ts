import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addUser, setDisabled } from '../../electron/core/users/service';
import { recentAudit } from '../../electron/core/db/audit';
import type { OfficeHost } from '../../electron/office/server';
import { loopbackOfficeHost } from './support/office-http';
import { listenOn } from '../../electron/web/http';
import { freshDb, procedures, type TestDb } from './helpers';
import { startLoopbackIdp, type LoopbackIdp, type Tamper } from './support/oidc-idp';

// OIDC sign-in end to end against a real provider (oidc-provider) on loopback: the browser's redirects are followed
// with a cookie jar, Rapport's office server checks the answer with openid-client, and the session is the usual
// cookie. The provider's token answer is tampered with for the negative cases; each is refused and audited.

let t: TestDb;
let host: OfficeHost;
let origin: string;
let idp: LoopbackIdp;
const password = 'violet tram harbour';

beforeAll(async () => {
  t = await freshDb();
  host = loopbackOfficeHost(t.db);
  origin = `http://127.0.0.1:${await listenOn(host.server, 0, '127.0.0.1')}`;
  idp = await startLoopbackIdp({
    clientId: 'rapport',
    clientSecret: 'loopback-secret',
    redirectUri: `${origin}/sso/oidc/callback`,
    postLogoutRedirectUri: `${origin}/`,
  });
  await addUser(t.db, 'test', { email: 'boss@uni.edu', name: 'Boss', role: 'admin', password });
  await addUser(t.db, 'test', { email: 'ada@uni.edu', name: 'Ada', role: 'viewer', password });
  await addUser(t.db, 'test', { email: 'gone@uni.edu', name: 'Gone', role: 'advisor', password });
  setDisabled(t.db, 'test', { userId: 3 }, true);
  procedures(() => t.db).call('sso.updateSettings', {
    oidc: { displayName: 'Campus Login', issuer: idp.issuer, clientId: 'rapport', clientSecret: 'loopback-secret', scopes: ['email', 'profile', 'groups'] },
    roleRules: [
      { claim: 'groups', value: 'career-admins', role: 'admin' },
      { claim: 'groups', value: 'career-staff', role: 'advisor' },
    ],
  });
});

afterAll(async () => {
  await idp?.close();
  host?.server.close();
  host?.live.close();
  t?.close();
});

beforeEach(() => {
  idp.tamper = 'none';
});

/** A browser: follows redirects itself and keeps cookies per origin (paths ignored: only our own cookies are involved). */
function browser() {
  const jars = new Map<string, Map<string, string>>();
  const jar = (url: URL) => jars.get(url.origin) ?? jars.set(url.origin, new Map()).get(url.origin) ?? new Map<string, string>();
  return {
    async open(start: string): Promise<{ url: URL; status: number; text: string }> {
      let url = new URL(start);
      for (let hop = 0; hop < 20; hop++) {
        const cookies = [...jar(url)].map(([k, v]) => `${k}=${v}`).join('; ');
        const res = await fetch(url, { redirect: 'manual', headers: cookies ? { cookie: cookies } : {} });
        for (const line of res.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const eq = pair.indexOf('=');
          const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
          if (/max-age=0/i.test(line) || !value) jar(url).delete(name);
          else jar(url).set(name, value);
        }
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.arrayBuffer();
          url = new URL(location, url);
          continue;
        }
        return { url, status: res.status, text: await res.text() };
      }
      throw new Error('too many redirects');
    },
    async me() {
      const cookies = [...jar(new URL(origin))].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(`${origin}/api/auth.me`, {
        method: 'POST',
        headers: { origin, cookie: cookies, 'content-type': 'application/json' },
        body: '{}',
      });
      return ((await res.json()) as { data: { caller: { email: string; role: string } | null } }).data.caller;
    },
  };
}

const lastAudit = () => {
  const [entry] = recentAudit(t.db, 1);
  return { action: entry?.action, details: JSON.parse(entry?.details ?? '{}') as Record<string, unknown> };
};

/** Where a refusal leaves the browser: the app's sign-in page, whose id the page trades for the server's message. */
async function refusalShown(url: URL): Promise<string> {
  expect(`${url.origin}${url.pathname}`).toBe(`${origin}/`);
  const id = /^#\/sign-in\?refusal=([A-Za-z0-9_-]{22})$/.exec(url.hash)?.[1];
  expect(id, url.href).toBeDefined();
  const res = await fetch(`${origin}/sso/refusal?id=${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { message: string }).message;
}

async function signInAs(email: string, claims: Record<string, unknown> = {}, tamper: Tamper = 'none') {
  idp.nextAccount = { sub: `sub-${email}`, claims: { email, email_verified: true, name: email.split('@')[0], ...claims } };
  idp.tamper = tamper;
  const b = browser();
  const page = await b.open(`${origin}/sso/oidc/start`);
  return { b, page };
}

describe('OIDC sign-in through a loopback provider', () => {
  it('signs in with authorization code + PKCE and gives the role the mapping says (audited)', async () => {
    const { b, page } = await signInAs('ada@uni.edu', { groups: ['students', 'career-staff'] });
    expect(page.url.href).toBe(`${origin}/`);
    expect(await b.me()).toMatchObject({ email: 'ada@uni.edu', role: 'advisor' });
    expect(lastAudit()).toMatchObject({ action: 'sign_in', details: { protocol: 'oidc', subject: 'sub-ada@uni.edu' } });
  });

  it('signs out of Rapport and then of the provider (RP-initiated logout)', async () => {
    const { b } = await signInAs('boss@uni.edu', { groups: ['career-admins'] });
    expect(await b.me()).toMatchObject({ role: 'admin' });
    const after = await b.open(`${origin}/sso/oidc/sign-out`);
    // The provider's end-session page asks to confirm (a form): Rapport's part is done, its session is gone.
    expect(after.url.origin).toBe(idp.issuer);
    expect(await b.me()).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'sign_out', details: { protocol: 'oidc' } });
  });

  const refusals: [string, () => ReturnType<typeof signInAs>, RegExp, string][] = [
    ['wrong audience', () => signInAs('ada@uni.edu', {}, 'wrong audience'), /meant for another application/, 'wrong audience'],
    ['expired', () => signInAs('ada@uni.edu', {}, 'expired'), /has expired/, 'expired'],
    ['bad signature', () => signInAs('ada@uni.edu', {}, 'bad signature'), /not signed by any of its published keys/, 'bad signature'],
    ['unknown user, provisioning off', () => signInAs('stranger@uni.edu'), /There is no Rapport account for stranger@uni.edu/, 'unknown user'],
    ['disabled user', () => signInAs('gone@uni.edu'), /The Rapport account for gone@uni.edu is disabled/, 'account disabled'],
  ];
  it.each(refusals)('refuses %s: the sign-in page gets the clear message, audited, and no session', async (_name, attempt, message, reason) => {
    const { b, page } = await attempt();
    expect(await refusalShown(page.url)).toMatch(message);
    expect(await b.me()).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'sign_in_failed', details: { protocol: 'oidc', reason } });
  });

  it('refuses a callback whose state this browser did not start (login CSRF), audited', async () => {
    const b = browser();
    const page = await b.open(`${origin}/sso/oidc/callback?code=x&state=forged`);
    expect(await refusalShown(page.url)).toContain('was not started from this browser');
    expect(lastAudit()).toMatchObject({ action: 'sign_in_failed', details: { reason: 'state mismatch' } });
  });
});
