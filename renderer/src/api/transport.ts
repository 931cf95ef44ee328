import { apiResultSchema, type ApiResult } from '@shared/api/errors';
import { idempotencyKeyHeader } from '@shared/api/idempotency';
import { liveStreamHeader } from '@shared/api/live';
import { takeEarly } from './early-calls';
import { browserToken, singleUserToken, tokenHeader } from './run-token';

let token: string | null = null;
/** Office server: this tab's live-updates stream (useLiveUpdates.ts), named on our calls so our own writes are not pushed back. */
let liveStream: string | null = null;

export function setLiveStream(id: string | null): void {
  liveStream = id;
}

function headersFor(runToken: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    // The office server identifies the browser by its session cookie (sent by the browser, same origin only) and
    // has no run token: the header is left out rather than sent empty.
    ...tokenHeader(runToken),
    ...(liveStream ? { [liveStreamHeader]: liveStream } : {}),
  };
}

/** No answer from the server (network down, server stopped, a proxy saying so): the door's offline queue keys on the reason. */
const unreachable = (message: string): ApiResult<unknown> => ({ ok: false, error: { code: 'internal', message, details: { reason: 'unreachable' } } });

async function overHttp(procedure: string, input: unknown, idempotencyKey: string | undefined): Promise<ApiResult<unknown>> {
  token ??= browserToken();
  const body = JSON.stringify(input ?? {});
  let response: Response;
  try {
    // The opening screen's reads may already be on their way (boot.ts sends only those).
    response = await (takeEarly(procedure, body) ??
      fetch(`/api/${encodeURIComponent(procedure)}`, {
        method: 'POST',
        headers: { ...headersFor(token), ...(idempotencyKey ? { [idempotencyKeyHeader]: idempotencyKey } : {}) },
        body,
      }));
  } catch {
    return unreachable('Rapport is not reachable: it may have been closed or restarted, or the network is down. Start it again, then reload this page.');
  }
  const parsed = apiResultSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    // A proxy in front of the office server answers 502–504 when the server behind it is down.
    if (response.status >= 502 && response.status <= 504) return unreachable(`The office server is not reachable (HTTP ${response.status}).`);
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected answer from Rapport (HTTP ${response.status}).` },
    };
  }
  return parsed.data;
}

/**
 * Desktop: the preload's single invoke. Browser mode: POST /api/<procedure> with the run's token. Office server:
 * the same POST, with the session cookie the browser attaches (HttpOnly: this script never sees it).
 */
export function send(procedure: string, input: unknown, options: { idempotencyKey?: string } = {}): Promise<ApiResult<unknown>> {
  // Desktop: main gives the key to its own core, or sends it on to the office server as the Idempotency-Key header.
  if (window.rapport) return window.rapport.invoke(procedure, input, options.idempotencyKey);
  return overHttp(procedure, input, options.idempotencyKey);
}

export function initTransport(): void {
  if (!window.rapport) token = browserToken();
}

/** Browser mode on this computer: one user, no sign-in (singleUserToken). */
export function isSingleUserBrowser(): boolean {
  return singleUserToken() !== '';
}
