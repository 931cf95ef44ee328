import type { IncomingMessage } from 'node:http';

// The session cookie: the only place the session id travels (never a URL, never the page's script). HttpOnly so
// script cannot read it, SameSite=Strict so no other site's page can send it, Path=/ for the whole app. Under
// https it is also Secure and named `__Host-…`, which browsers accept only when Secure, from the page's own host,
// with Path=/ and no Domain — so a sibling host of the university cannot plant or shadow it.

export interface CookieJar {
  readonly name: string;
  readonly secure: boolean;
}

export function cookieJar(secure: boolean): CookieJar {
  return { name: secure ? '__Host-rapport-session' : 'rapport-session', secure };
}

/** The value of the first cookie named `name` the browser sent, or null. */
export function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The session token the browser sent, or null. Only the first cookie of our name counts. */
export function sessionToken(req: IncomingMessage, jar: CookieJar): string | null {
  const value = cookieValue(req, jar.name);
  // Tokens are URL-safe base64 or hex; anything else is not ours and is ignored rather than looked up.
  return value !== null && /^[A-Za-z0-9_-]{16,256}$/.test(value) ? value : null;
}

function attributes(jar: CookieJar): string {
  return `Path=/; HttpOnly; SameSite=Strict${jar.secure ? '; Secure' : ''}`;
}

/** Set-Cookie for a new session; the browser drops it at `expiresAt` (the server's absolute lifetime). */
export function setSessionCookie(jar: CookieJar, token: string, expiresAt: Date, now = new Date()): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${jar.name}=${token}; ${attributes(jar)}; Max-Age=${maxAge}`;
}

export function clearSessionCookie(jar: CookieJar): string {
  return `${jar.name}=; ${attributes(jar)}; Max-Age=0`;
}
