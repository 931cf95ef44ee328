import { X509Certificate } from 'node:crypto';

// What the person typed in "Connect to an office server", checked before anything is sent: an https address with
// no credentials, path or query (the office server's origin), and an optional CA certificate they chose themselves.

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** The office server's origin (`https://name[:port]`), or why the address cannot be one. */
export function officeOrigin(address: string): Checked<string> {
  const text = address.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text.slice(0, 100)}" is not an address such as https://rapport.example.edu.` };
  }
  // Passwords and session cookies would cross the network in clear text: there is no plain-http fallback.
  if (url.protocol !== 'https:') return { ok: false, message: `The office server's address must start with https:// (got ${url.protocol}//).` };
  if (url.username || url.password) return { ok: false, message: 'The address must not contain a user name or password.' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { ok: false, message: 'Give the office server’s address only (https://name[:port]), with no path after it.' };
  }
  return { ok: true, value: url.origin };
}

/** A CA certificate (PEM) the person chose to trust for this office; its fingerprint is shown back to them. */
export function officeCa(pem: string): Checked<{ pem: string; subject: string; fingerprint256: string }> {
  try {
    const certificate = new X509Certificate(pem);
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('not PEM');
    return { ok: true, value: { pem, subject: certificate.subject.replace(/\n/g, ', '), fingerprint256: certificate.fingerprint256 } };
  } catch {
    return { ok: false, message: 'The CA file is not a certificate in PEM form (a .pem or .crt file starting with -----BEGIN CERTIFICATE-----).' };
  }
}
