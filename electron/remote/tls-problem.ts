// Why a TLS connection to the office server was refused, in words the person (and their IT office) can act on.
// Verification is never switched off to get past one of these: the only way on is a certificate that checks out,
// or trusting the office's own CA explicitly in "Connect to an office server".

const untrusted = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);

/** A sentence naming the certificate problem, or null when the error is not about the certificate. */
export function certificateProblem(code: string | undefined, host: string): string | null {
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `Refused: the certificate ${host} presented was issued for another name, so this may not be your office server. Check the address, or ask IT for a certificate that names ${host}.`;
  }
  if (code !== undefined && untrusted.has(code)) {
    return `Refused: the certificate of ${host} is not signed by an authority this computer trusts. If your office uses its own certificate authority, choose its CA file when connecting (ask IT for it and check its fingerprint).`;
  }
  if (code === 'CERT_HAS_EXPIRED') return `Refused: the certificate of ${host} has expired. Ask IT to renew it.`;
  if (code === 'CERT_NOT_YET_VALID') return `Refused: the certificate of ${host} is not valid yet (check this computer's clock).`;
  if (code !== undefined && /^(CERT_|ERR_TLS_|ERR_SSL_)/.test(code)) return `Refused: the certificate of ${host} could not be verified (${code}).`;
  return null;
}
