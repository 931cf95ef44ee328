import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSsoRefusals } from '../../electron/office/sso-refusals';
import { listenOn } from '../../electron/web/http';

// The messages of refused single sign-ons, held for the sign-in page: handed out under random ids, read back by id,
// gone after ten minutes, and at most a thousand kept (someone posting garbage in a loop pushes out only the oldest).

let clock = 0;
const refusals = createSsoRefusals(() => clock);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/refuse') return refusals.redirect(res, url.searchParams.get('message') ?? '', {});
    refusals.handle(req, res, {});
  });
  base = `http://127.0.0.1:${await listenOn(server, 0, '127.0.0.1')}`;
});
afterAll(() => server.close());

/** A refusal as a route makes it: the id from the sign-in address the browser is sent to. */
async function refuse(message: string): Promise<string> {
  const res = await fetch(`${base}/refuse?message=${encodeURIComponent(message)}`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  const id = /^\/#\/sign-in\?refusal=([A-Za-z0-9_-]{22})$/.exec(res.headers.get('location') ?? '')?.[1];
  if (!id) throw new Error(`no refusal id in ${res.headers.get('location')}`);
  return id;
}

async function shown(id: string): Promise<{ status: number; message: string | null }> {
  const res = await fetch(`${base}/sso/refusal?id=${id}`);
  return { status: res.status, ...((await res.json()) as { message: string | null }) };
}

describe('refusals held for the sign-in page', () => {
  it('answers each id with its own message, as long as ten minutes', async () => {
    clock = 0;
    const [a, b] = [await refuse('The SAML assertion is not signed.'), await refuse('There is no Rapport account for x@uni.edu.')];
    expect(a).not.toBe(b);
    expect(await shown(a)).toEqual({ status: 200, message: 'The SAML assertion is not signed.' });
    clock = 10 * 60_000 - 1;
    expect(await shown(b)).toEqual({ status: 200, message: 'There is no Rapport account for x@uni.edu.' });
    clock = 10 * 60_000;
    expect(await shown(b)).toEqual({ status: 404, message: null });
  });

  it('keeps at most a thousand: the oldest go first', async () => {
    clock = 20 * 60_000;
    const first = await refuse('first');
    const second = await refuse('second');
    for (let i = 0; i < 999; i++) await refuse(`filler ${i}`);
    expect((await shown(first)).message).toBeNull();
    expect((await shown(second)).message).toBe('second');
  });

  it('is read with GET only', async () => {
    const res = await fetch(`${base}/sso/refusal?id=x`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
