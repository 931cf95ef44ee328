import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { send, type Reply } from './http-reply';
import { webHostForFile } from './web-host-fixture';

// A link opened in a new tab has no copy of the first tab's sessionStorage: the token it needs comes from the cookie
// the printed address set. The cookie must never let another origin call the API.
const token = 'cookie-token-0123456789abcdef';
const web = webHostForFile(token);

function call(method: 'GET' | 'POST', path: string, headers: Record<string, string>): Promise<Reply> {
  const options = {
    host: '127.0.0.1',
    port: web.port,
    path,
    method,
    headers: { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json', ...headers },
  };
  return send(request, options, method === 'POST' ? '{}' : undefined);
}

const ownOrigin = () => `http://127.0.0.1:${web.port}`;

async function cookieFromFirstLoad(): Promise<string> {
  const reply = await call('GET', `/?token=${token}`, {});
  const [cookie] = reply.headers['set-cookie'] ?? [];
  expect(cookie).toBeDefined();
  return (cookie ?? '').split(';')[0] ?? '';
}

describe('browser mode: the token cookie for other tabs', () => {
  it('sets an HttpOnly, SameSite=Strict cookie named by the port on the page opened with the right token only', async () => {
    const reply = await call('GET', `/?token=${token}`, {});
    expect(reply.headers['set-cookie']).toEqual([`rapport_token_${web.port}=${token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect((await call('GET', '/?token=wrong-token-0123456789abcdef', {})).headers['set-cookie']).toBeUndefined();
    expect((await call('GET', '/', {})).headers['set-cookie']).toBeUndefined();
  });

  it('a new tab’s calls (cookie, our own Origin, no header) are answered', async () => {
    const cookie = await cookieFromFirstLoad();
    const reply = await call('POST', '/api/app.status', { cookie, origin: ownOrigin() });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true });
  });

  it('refuses the cookie from another origin, from the same site on another port, and with no Origin at all', async () => {
    const cookie = await cookieFromFirstLoad();
    for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null']) {
      const reply = await call('POST', '/api/app.startEmpty', { cookie, origin });
      expect(reply.status, origin).toBe(403);
    }
    // A form post or a script outside a browser: no Origin, so the cookie alone is not enough.
    expect((await call('POST', '/api/app.startEmpty', { cookie })).status).toBe(401);
    // Nothing was written by any of them.
    expect((await call('POST', '/api/settings.get', { cookie, origin: ownOrigin() })).body).toMatchObject({ ok: true, data: { firstRunDone: false } });
  });

  it('a wrong cookie is refused like a wrong token', async () => {
    const reply = await call('POST', '/api/app.status', { cookie: `rapport_token_${web.port}=not-the-token-0123456789ab`, origin: ownOrigin() });
    expect(reply.status).toBe(401);
  });
});
