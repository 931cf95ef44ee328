import { authProcedures } from '../../shared/api/auth';
import type { ApiResult } from '../../shared/api/errors';
import { desktopOfficeProcedures, isDesktopOfficeProcedure, type OfficeConnection } from '../../shared/api/desktop-office';
import { isDesktopQueueProcedure } from '../../shared/api/desktop-queue';
import { desktopQueue } from '../offline/desktop-queue';
import { officeCa, officeOrigin } from './office-address';
import { createOfficeClient, type OfficeClient } from './office-client';
import { readChoice, readSession, writeChoice, writeSession, type OfficeChoice, type SecretBox } from './office-store';
import { sessionFromCookies, ssoStartUrl, type SeenCookie } from './sso-session';

// Which office the desktop window works on. Every `invoke` comes here: the desktop's own calls (which office:
// shared/api/desktop-office.ts; the door's queue file: shared/api/desktop-queue.ts) are answered here, everything else goes to the office server when one is chosen,
// else to this computer's core as before. Plain Node (tests drive it); electron/main only passes in safeStorage.

/** How long leaving an office waits for its sign-out. */
const signOutWaitMs = 3000;

/** One call from the window, with the write's idempotency key when the page sent one (electron/main/guards.ts). */
export type Dispatch = (procedure: string, input: unknown, idempotencyKey?: string | null) => Promise<ApiResult<unknown>> | ApiResult<unknown>;

export interface DesktopDispatchOptions {
  /** This computer's core over its own database. */
  local: Dispatch;
  /** Where the choice and the encrypted session are kept (the app's userData). */
  folder: string;
  secrets: SecretBox;
  /**
   * Asks the person, outside the page, before the window moves to another office (the shell's native dialog), so
   * a page that misbehaves cannot quietly point the app at a server of its choosing. Without it: no question.
   */
  confirm?: (origin: string, caFingerprint: string | null) => Promise<boolean>;
  /** Told after every change of office (the shell retitles its windows). */
  onChange?: (connection: OfficeConnection) => void;
  /**
   * Single sign-on: the shell shows `startUrl` in a sign-in window of its own (its own cookie partition, the office's
   * chosen CA) and answers that window's cookies once the office session cookie is set, or null when the person
   * closed it first. Without it single sign-on is refused.
   */
  signInWindow?: (startUrl: string, office: OfficeChoice) => Promise<SeenCookie[] | null>;
}

export interface DesktopDispatch {
  dispatch: Dispatch;
  connection(): OfficeConnection;
  close(): void;
}

export function desktopDispatch(options: DesktopDispatchOptions): DesktopDispatch {
  const { folder, secrets } = options;
  let choice = readChoice(folder);
  let client: OfficeClient | null = null;
  const queue = desktopQueue(folder);

  const clientFor = (chosen: OfficeChoice, session: string | null) =>
    createOfficeClient({
      origin: chosen.origin,
      ca: chosen.ca,
      session,
      onSession: (next) => writeSession(folder, secrets, next),
    });
  if (choice) client = clientFor(choice, readSession(folder, secrets));

  const connection = (): OfficeConnection =>
    choice
      ? {
          kind: 'office',
          origin: choice.origin,
          caFingerprint: choice.ca ? fingerprintOf(choice.ca) : null,
          keepsSession: secrets.isEncryptionAvailable(),
        }
      : { kind: 'local' };

  const switchTo = async (next: OfficeChoice | null, nextClient: OfficeClient | null): Promise<OfficeConnection> => {
    if (client) {
      // Leaving an office signs out there, best effort and briefly: at a fair with no network the person must still
      // get back to this computer's office at once (the server ends the session on its own after the idle limit).
      if (client.session()) await Promise.race([client.call('auth.signOut', {}), new Promise((done) => setTimeout(done, signOutWaitMs))]);
      client.close();
    }
    writeSession(folder, secrets, null);
    writeChoice(folder, next);
    choice = next;
    client = nextClient;
    const now = connection();
    options.onChange?.(now);
    return now;
  };

  const connect = async (address: string, caPem: string | null): Promise<ApiResult<OfficeConnection>> => {
    const origin = officeOrigin(address);
    if (!origin.ok) return invalid('address', origin.message);
    const ca = caPem === null ? null : officeCa(caPem);
    if (ca && !ca.ok) return invalid('ca', ca.message);
    const chosen = { origin: origin.value, ca: ca ? ca.value.pem : null };
    const trial = clientFor(chosen, null);
    // Before anything changes: the server's certificate checks out and it is a Rapport office server.
    const me = await trial.call('auth.me', {});
    if (!me.ok || authProcedures['auth.me'].output.safeParse(me.data).data?.mode !== 'office') {
      trial.close();
      return me.ok ? invalid('address', `${new URL(chosen.origin).host} is not a Rapport office server.`) : me;
    }
    if (options.confirm && !(await options.confirm(chosen.origin, ca ? ca.value.fingerprint256 : null))) {
      trial.close();
      return { ok: false, error: { code: 'conflict', message: 'Not connected: the connection was not confirmed.', details: { reason: 'not_confirmed' } } };
    }
    return { ok: true, data: await switchTo(chosen, trial) };
  };

  const signInWithSso = async (protocol: 'oidc' | 'saml'): Promise<ApiResult<OfficeConnection>> => {
    const office = choice;
    if (!office || !client) return invalid('protocol', 'Connect to an office server first: single sign-on signs in to an office server.');
    if (!options.signInWindow) return invalid('protocol', 'This window cannot open a sign-in window.');
    const cookies = await options.signInWindow(ssoStartUrl(office.origin, protocol), office);
    // The person may have gone back to this computer's office meanwhile: a session is only taken for the office asked.
    const session = cookies && choice === office ? sessionFromCookies(office.origin, cookies) : null;
    if (!session || !client.adopt(session)) {
      return {
        ok: false,
        error: {
          code: 'unauthenticated',
          message: 'Not signed in: the sign-in window was closed before the office server started a session.',
          details: { reason: 'sso_not_finished' },
        },
      };
    }
    const me = await client.call('auth.me', {});
    if (!me.ok) return me;
    return { ok: true, data: connection() };
  };

  const own = async (name: keyof typeof desktopOfficeProcedures, input: unknown): Promise<ApiResult<unknown>> => {
    if (name === 'desktop.connect') {
      const parsed = desktopOfficeProcedures[name].input.safeParse(input);
      if (!parsed.success) return invalid('input', parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
      return connect(parsed.data.address, parsed.data.ca);
    }
    if (name === 'desktop.signInWithSso') {
      const parsed = desktopOfficeProcedures[name].input.safeParse(input);
      return parsed.success ? signInWithSso(parsed.data.protocol) : invalid('protocol', 'Choose OpenID Connect (oidc) or SAML (saml).');
    }
    if (!desktopOfficeProcedures[name].input.safeParse(input).success) return invalid('input', 'This call takes no input.');
    if (name === 'desktop.disconnect') return { ok: true, data: await switchTo(null, null) };
    return { ok: true, data: connection() };
  };

  return {
    dispatch: (procedure, input, idempotencyKey = null) => {
      if (isDesktopOfficeProcedure(procedure)) return own(procedure, input);
      if (isDesktopQueueProcedure(procedure)) return queue(procedure, input, choice ? choice.origin : null);
      return client ? client.call(procedure, input, idempotencyKey) : options.local(procedure, input, idempotencyKey);
    },
    connection,
    close: () => client?.close(),
  };
}

function invalid(field: string, message: string): ApiResult<never> {
  return { ok: false, error: { code: 'invalid_input', message, details: { field } } };
}

function fingerprintOf(pem: string): string | null {
  const ca = officeCa(pem);
  return ca.ok ? ca.value.fingerprint256 : null;
}
