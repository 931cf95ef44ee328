import { X509Certificate } from 'node:crypto';
import { oidcPaths } from '../../shared/api/sso';
import { samlPaths } from '../../shared/api/sso-saml';
import { sessionCookieName } from './office-client';

// Single sign-on in the desktop app: main opens the office server's start address in a window of its own, whose
// cookies live in a partition of their own; the identity provider's pages run there, never in the app's window. When
// the office server sets its session cookie, this module reads the session out of the cookies that window holds and
// electron/remote takes it over (desktop-dispatch.ts). Plain Node: the tests feed it the cookie a real sign-in set.

export type SsoProtocol = 'oidc' | 'saml';

/** Where the sign-in window starts: the office server's own start address for the protocol. */
export function ssoStartUrl(origin: string, protocol: SsoProtocol): string {
  return new URL(protocol === 'oidc' ? oidcPaths.start : samlPaths.start, origin).toString();
}

/** What Electron's session.cookies reports of a cookie (its own field names), as far as the choice needs. */
export interface SeenCookie {
  name: string;
  value: string;
  domain?: string;
  hostOnly?: boolean;
  path?: string;
  secure?: boolean;
}

const tokenPattern = /^[A-Za-z0-9_-]{16,256}$/;

/**
 * The office session among the sign-in window's cookies, or null. Only the cookie the office server itself set
 * counts: its name, host-only on the office's host, Secure, path / (what the __Host- prefix promises), a token's form.
 */
export function sessionFromCookies(origin: string, cookies: readonly SeenCookie[]): string | null {
  const host = new URL(origin).hostname;
  const found = cookies.find(
    (c) =>
      c.name === sessionCookieName &&
      c.secure === true &&
      c.hostOnly !== false &&
      (c.path ?? '/') === '/' &&
      (c.domain ?? host).replace(/^\./, '') === host &&
      tokenPattern.test(c.value),
  );
  return found ? found.value : null;
}

/** Chromium's answers to a certificate check (Electron's setCertificateVerifyProc). */
export const certificateVerdicts = { accept: 0, refuse: -2, chromiumDecides: -3 } as const;
export type CertificateVerdict = (typeof certificateVerdicts)[keyof typeof certificateVerdicts];

/**
 * The sign-in window's certificate check when the person chose to trust an office CA (as the forwarding does): for
 * the office's own host, a certificate Chromium did not accept is accepted only if that CA signed it directly, it is
 * valid now and it names the host; every other host (the identity provider) and every accepted one are left to
 * Chromium. Nothing is ever accepted without a check.
 */
export function officeCertificateVerdict(
  request: { hostname: string; errorCode: number; certificate: { data: string } },
  origin: string,
  caPem: string | null,
  now = new Date(),
): CertificateVerdict {
  if (request.errorCode === 0 || caPem === null || request.hostname !== new URL(origin).hostname) return certificateVerdicts.chromiumDecides;
  try {
    const ca = new X509Certificate(caPem);
    const leaf = new X509Certificate(request.certificate.data);
    const inTime = Date.parse(leaf.validFrom) <= now.getTime() && now.getTime() <= Date.parse(leaf.validTo);
    const named = /^[\d.]+$|:/.test(request.hostname) ? leaf.checkIP(request.hostname) !== undefined : leaf.checkHost(request.hostname) !== undefined;
    return leaf.checkIssued(ca) && leaf.verify(ca.publicKey) && inTime && named ? certificateVerdicts.accept : certificateVerdicts.refuse;
  } catch {
    return certificateVerdicts.refuse;
  }
}
