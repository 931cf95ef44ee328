import type { Caller } from '../../../shared/api/caller';

/**
 * What the office server host hands the core with each call: who is calling, from where, and how to start or end
 * the browser's session (the host owns the cookie; the page never sees the session id). Single-user hosts
 * (desktop, browser mode, CLI) pass none: one implicit caller, every access rule open.
 */
export interface RequestContext {
  readonly caller: Caller | null;
  /** The client's address, for sign-in rate limits and the audit. */
  readonly address: string;
  /** The raw session token the browser's cookie carried (null without one): sign-out revokes exactly this session. */
  readonly sessionToken: string | null;
  startSession(token: string, expiresAt: Date): void;
  endSession(): void;
}
