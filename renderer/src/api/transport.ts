import { apiResultSchema, type ApiResult } from '@shared/api/errors';
import { liveStreamHeader } from '@shared/api/live';

const tokenKey = 'rapport.token';

/** Browser mode: the token arrives once in the address (?token=…), is kept for the tab, and removed from view. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    // Keep the entry's state: the router numbers history entries there, which its unsaved-changes guard needs on Back.
    window.history.replaceState(window.history.state, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

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
    ...(runToken ? { 'x-rapport-token': runToken } : {}),
    ...(liveStream ? { [liveStreamHeader]: liveStream } : {}),
  };
}

async function overHttp(procedure: string, input: unknown): Promise<ApiResult<unknown>> {
  token ??= browserToken();
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(procedure)}`, {
      method: 'POST',
      headers: headersFor(token),
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Rapport is not reachable: it may have been closed or restarted. Start it again, then reload this page.',
      },
    };
  }
  const parsed = apiResultSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
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
export function send(procedure: string, input: unknown): Promise<ApiResult<unknown>> {
  if (window.rapport) return window.rapport.invoke(procedure, input);
  return overHttp(procedure, input);
}

export function initTransport(): void {
  if (!window.rapport) token = browserToken();
}
