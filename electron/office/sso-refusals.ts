import { randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { signInRefusedAddress } from '../../shared/api/sso-refusal';
import { redirect, send, sendText } from '../web/http';

// The messages of refused single sign-ons, held by the office server for the sign-in page. The browser is sent to
// the sign-in page with a random id; the page reads the message with GET /sso/refusal?id=… . Held in memory: a
// restart forgets them (the page then says only that the sign-in was refused).

/** Long enough for a slow identity provider round trip and a reload of the page, short enough not to linger. */
const holdMs = 10 * 60_000;
/** A bound on memory: someone posting garbage to the ACS in a loop pushes out only the oldest messages. */
const maxHeld = 1000;

export interface SsoRefusals {
  /** Holds `message` and sends the browser to the sign-in page that shows it (303: after the ACS's POST too). */
  redirect(res: ServerResponse, message: string, headers: OutgoingHttpHeaders, cookies?: string[]): void;
  /** GET /sso/refusal?id=… : `{ message }`, or `{ message: null }` (404) when unknown or expired. */
  handle(req: IncomingMessage, res: ServerResponse, headers: OutgoingHttpHeaders): void;
}

export function createSsoRefusals(now: () => number = Date.now): SsoRefusals {
  const held = new Map<string, { message: string; until: number }>();

  const hold = (message: string): string => {
    for (const [id, entry] of held) {
      // Insertion order is expiry order: stop at the first that is still live and within the bound.
      if (entry.until > now() && held.size < maxHeld) break;
      held.delete(id);
    }
    const id = randomBytes(16).toString('base64url');
    held.set(id, { message, until: now() + holdMs });
    return id;
  };

  return {
    redirect(res, message, headers, cookies = []) {
      redirect(res, 303, signInRefusedAddress(hold(message)), headers, cookies);
    },
    handle(req, res, headers) {
      if (req.method !== 'GET') return sendText(res, 405, 'A sign-in refusal is read with GET.', headers);
      const id = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('id') ?? '';
      const entry = held.get(id);
      const message = entry && entry.until > now() ? entry.message : null;
      send(res, message === null ? 404 : 200, { message }, headers);
    },
  };
}
