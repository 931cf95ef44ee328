import { lookup } from 'node:dns/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { domainTableCounts } from '../../electron/core/db/bulk';
import { send, type Reply } from './http-reply';
import { webHostForFile } from './web-host-fixture';

const token = 'test-token-0123456789abcdef';
const web = webHostForFile(token);

function post(path: string, body: unknown, headers: Record<string, string>): Promise<Reply> {
  const options = { host: '127.0.0.1', port: web.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } };
  return send(request, options, typeof body === 'string' ? body : JSON.stringify(body));
}

const host = () => ({ host: `127.0.0.1:${web.port}` });

/** Dials the host's port on `address`: 'connected', or the error code (ECONNREFUSED…), or 'timeout'. */
function tryConnect(address: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port: web.port });
    socket.setTimeout(3000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('browser-mode web host', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = web.server.address();
    expect(typeof address === 'object' && address !== null ? address.address : address).toBe('127.0.0.1');
  });

  it('accepts connections on 127.0.0.1 (so the refusals below are about the address)', async () => {
    expect(await tryConnect('127.0.0.1')).toBe('connected');
  });

  it("refuses connections on this machine's other addresses (LAN IPv4 and IPv6)", async (ctx) => {
    const others = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      // Link-local IPv6 needs a scope id to dial and is never routed off the link: left out.
      .filter((a) => !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80:')))
      .map((a) => a.address);
    if (others.length === 0) ctx.skip('this machine has no non-internal network address to try');
    for (const address of others) expect(await tryConnect(address), address).toBe('ECONNREFUSED');
  });

  it('does not serve IPv6 loopback, nor the rest of 127/8 on Linux', async () => {
    // Refused where ::1 exists; where IPv6 is off the connection cannot even start. Either way, not served.
    expect(['ECONNREFUSED', 'EADDRNOTAVAIL', 'ENETUNREACH', 'EAFNOSUPPORT']).toContain(await tryConnect('::1'));
    // Linux routes all of 127.0.0.0/8 to loopback, so a host bound to 127.0.0.1 must still refuse 127.0.0.2.
    if (process.platform === 'linux') expect(await tryConnect('127.0.0.2')).toBe('ECONNREFUSED');
  });

  it('serves "localhost" only where it resolves to 127.0.0.1', async () => {
    const addresses = await lookup('localhost', { all: true });
    expect(addresses.length).toBeGreaterThan(0);
    for (const { address } of addresses) {
      const outcome = await tryConnect(address);
      if (address === '127.0.0.1') expect(outcome, address).toBe('connected');
      else expect(outcome, address).not.toBe('connected');
    }
  });

  it('answers a call with the right token', async () => {
    const reply = await post('/api/app.status', {}, { ...host(), 'x-rapport-token': token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, data: { studentCount: 0 } });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-rapport-token': 'test-token-0123456789abcdeX' }],
    ['a token of another length', { 'x-rapport-token': 'short' }],
  ])('refuses a call with %s', async (_label, headers) => {
    const before = domainTableCounts(web.t.db);
    const reply = await post('/api/students.create', { firstName: 'A', lastName: 'B' }, { ...host(), ...headers });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(domainTableCounts(web.t.db)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await post('/api/app.status', {}, { host: `evil.example:${web.port}`, 'x-rapport-token': token });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a foreign Origin even with the token', async () => {
    const reply = await post('/api/app.status', {}, { ...host(), origin: 'https://evil.example', 'x-rapport-token': token });
    expect(reply.status).toBe(403);
  });

  it('accepts its own origin', async () => {
    const reply = await post('/api/app.status', {}, { ...host(), origin: `http://127.0.0.1:${web.port}`, 'x-rapport-token': token });
    expect(reply.status).toBe(200);
  });

  it('returns one structured error for invalid JSON, invalid input and unknown procedures', async () => {
    const auth = { ...host(), 'x-rapport-token': token };
    expect(await post('/api/students.create', '{not json', auth)).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'invalid_input' } },
    });
    expect(await post('/api/students.create', { firstName: '' }, auth)).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'invalid_input', details: { field: 'firstName' } } },
    });
    expect(await post('/api/nope.nothing', {}, auth)).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'unknown_procedure' } },
    });
  });

  it('answers a malformed address and keeps serving', async () => {
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: web.port, path: '/%E0%A4%A', headers: host() }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBeGreaterThanOrEqual(400);
    const reply = await post('/api/app.status', {}, { ...host(), 'x-rapport-token': token });
    expect(reply.status).toBe(200);
  });

  it('serves no renderer when none is built, and never lists files', async () => {
    const reply = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: web.port, path: '/../../etc/passwd', headers: host() }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(reply).toBe(404);
  });
});
