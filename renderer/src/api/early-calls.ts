import { tokenHeader } from './run-token';

// Calls sent by boot.ts while the app's code is still being evaluated, and taken over by the transport when the app
// makes the same call (same procedure, same request body). Each answer is taken once; anything not asked for again
// is simply never read. No imports beyond the token: this module is part of boot.ts's tiny chunk.

const early = new Map<string, Promise<Response>>();
const keyOf = (procedure: string, body: string) => `${procedure}\n${body}`;

/** Sends the call now; `body` is the JSON text the app will send for it. */
export function sendEarly(procedure: string, body: string, runToken: string): void {
  const request = fetch(`/api/${encodeURIComponent(procedure)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tokenHeader(runToken) },
    body,
  });
  // A failure is read, and shown, by the app's own call when it takes this one over.
  request.catch(() => undefined);
  early.set(keyOf(procedure, body), request);
}

/** The early answer to this very call, once; undefined when boot.ts did not send it (or it was already taken). */
export function takeEarly(procedure: string, body: string): Promise<Response> | undefined {
  const key = keyOf(procedure, body);
  const request = early.get(key);
  early.delete(key);
  return request;
}
