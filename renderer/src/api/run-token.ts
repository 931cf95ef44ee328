const tokenKey = 'rapport.token';

/**
 * Browser mode: the token arrives once in the address (?token=…), is kept for the tab, and removed from view. '' on the
 * office server, whose browsers carry a session cookie instead. No imports: boot.ts reads it before the app's code.
 */
export function browserToken(): string {
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

/** The header that carries the run's token (browser mode); none on the office server. */
export function tokenHeader(runToken: string): Record<string, string> {
  return runToken ? { 'x-rapport-token': runToken } : {};
}

/**
 * Browser mode on this computer: the page came with the run's token, so there is one user, who may ask everything,
 * and no sign-in. '' in the desktop (it answers through its own invoke) and on the office server (a session cookie,
 * no token). Known before any call is answered; boot.ts and the transport both decide by it.
 */
export function singleUserToken(): string {
  return window.rapport ? '' : browserToken();
}
