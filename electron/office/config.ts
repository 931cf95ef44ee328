import { isIP } from 'node:net';

// What `npm run office` was told, checked before anything listens: where to bind, whether it speaks TLS itself or
// sits behind the university's TLS proxy, and so which origin browsers use — the one origin API calls may come from.

export interface OfficeConfig {
  db: string;
  port: number;
  host: string;
  tls: { certFile: string; keyFile: string } | null;
  /** The https origin of a TLS proxy in front of this server (`--public-origin`), or null. */
  publicOrigin: string | null;
  dailyBackup: boolean;
}

export interface OfficeArgs {
  db?: string;
  port?: string;
  host?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  'public-origin'?: string;
  'no-daily-backup'?: boolean;
}

/** A refusal to start, with the exit code the script ends with (64: usage, as sysexits.h). */
export class OfficeConfigError extends Error {
  readonly exitCode = 64;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

export function officeConfig(args: OfficeArgs): OfficeConfig {
  if (!args.db) throw new OfficeConfigError('--db PATH is required: the office database file (an existing Rapport file is served as it is).');
  const port = Number(args.port ?? '8443');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OfficeConfigError(`--port must be 0-65535, got "${args.port}".`);
  const host = args.host ?? '127.0.0.1';
  const certFile = args['tls-cert'];
  const keyFile = args['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) throw new OfficeConfigError('--tls-cert and --tls-key go together: give both files, or neither.');
  const tls = certFile !== undefined && keyFile !== undefined ? { certFile, keyFile } : null;
  const publicOrigin = args['public-origin'] === undefined ? null : parsePublicOrigin(args['public-origin']);
  if (!isLoopback(host) && !tls && !publicOrigin) {
    throw new OfficeConfigError(
      `Refusing to listen on ${host} without TLS: passwords and session cookies would cross the network in clear text. ` +
        'Give --tls-cert FILE --tls-key FILE, or put the server behind a TLS proxy and say so with --public-origin https://rapport.example.edu.',
    );
  }
  if (isWildcard(host) && !publicOrigin) {
    throw new OfficeConfigError(
      `--host ${host} listens on every address, so Rapport cannot tell which address browsers use: say it with --public-origin https://NAME[:PORT].`,
    );
  }
  return { db: args.db, port, host, tls, publicOrigin, dailyBackup: !args['no-daily-backup'] };
}

function parsePublicOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OfficeConfigError(`--public-origin must be an address such as https://rapport.example.edu, got "${text}".`);
  }
  if (url.protocol !== 'https:') throw new OfficeConfigError(`--public-origin must start with https:// (the TLS proxy's address), got "${text}".`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new OfficeConfigError(`--public-origin is an origin only (scheme, name, port), with no path: got "${text}".`);
  }
  return url.origin;
}

/** Whether browsers reach the app over https (TLS here or at the proxy): Secure cookies and HSTS follow. */
export function browserFacingHttps(config: Pick<OfficeConfig, 'tls' | 'publicOrigin'>): boolean {
  return config.tls !== null || config.publicOrigin !== null;
}

function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

/** The origin printed at start: the proxy's when there is one, else this server's own. */
export function printedOrigin(config: Pick<OfficeConfig, 'tls' | 'publicOrigin' | 'host'>, port: number): string {
  if (config.publicOrigin) return config.publicOrigin;
  return `${config.tls ? 'https' : 'http'}://${urlHost(config.host)}:${port}`;
}

/**
 * The origins API calls may come from (CSRF): the printed one, this server's own address, and on loopback its
 * two loopback names. Their hosts are also the only Host headers answered (DNS rebinding).
 */
export function allowedOrigins(config: Pick<OfficeConfig, 'tls' | 'publicOrigin' | 'host'>, port: number): Set<string> {
  const scheme = config.tls ? 'https' : 'http';
  const origins = new Set<string>([printedOrigin(config, port)]);
  if (!isWildcard(config.host)) origins.add(`${scheme}://${urlHost(config.host)}:${port}`);
  if (isLoopback(config.host)) {
    origins.add(`${scheme}://127.0.0.1:${port}`);
    origins.add(`${scheme}://localhost:${port}`);
  }
  return origins;
}

/** The Host headers answered: each allowed origin's host, with its port spelled out or implied. */
export function allowedHosts(origins: Set<string>): Set<string> {
  const hosts = new Set<string>();
  for (const origin of origins) {
    const url = new URL(origin);
    hosts.add(url.host);
    if (url.port === '') hosts.add(`${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`);
  }
  return hosts;
}
