// Every guard of the desktop shell in one function over small interfaces, so unit tests drive it with fakes
// (tests cannot import 'electron'). The interfaces name only what the guards use; Electron's own app,
// session and ipcMain satisfy them, which the compiler checks where main/index.ts passes them in.
import type { ApiResult } from '../../shared/api/errors';
import { isAppUrl, isSafeExternalUrl, isTrustedSender } from './policy';

/** An Electron event that can be cancelled (navigation, redirect, webview attach). */
export interface Cancellable {
  preventDefault(): void;
}

/** The parts of a WebContents the guards use. */
export interface GuardedContents {
  /** Its session: a sign-in window's own partition tells its pages apart from the app's. */
  readonly session: unknown;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Cancellable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Cancellable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The app: every WebContents it ever creates (windows, devtools, anything later) is announced here. */
export interface GuardedApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
}

/** The session's permission hooks. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** What an invoke carries about its sender: the frame that sent it and the window's top frame. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

export interface GuardedIpc {
  handle(channel: string, listener: (event: InvokeEvent, procedure: unknown, input: unknown, idempotencyKey: unknown) => unknown): void;
}

export interface Shell {
  app: GuardedApp;
  session: GuardedSession;
  ipc: GuardedIpc;
  /** Opens a link in the OS browser; called only with links isSafeExternalUrl accepts. */
  openExternal(url: string): void;
  /** Whether a session is a single sign-on window's own partition (sign-in-window.ts). */
  isSignInSession(session: unknown): boolean;
}

/**
 * Runs a procedure for a trusted sender (this computer's core, or the office server through electron/remote), with
 * the write's idempotency key when the page sent one (the door's offline queue), else null.
 */
export type Dispatch = (procedure: string, input: unknown, idempotencyKey: string | null) => Promise<ApiResult<unknown>> | ApiResult<unknown>;

export const untrustedSender = {
  ok: false,
  error: { code: 'unauthorized', message: 'This window may not call Rapport.' },
} as const;

/** The window may show only the app; it never opens another window; https links go to the OS browser. */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayInApp = (event: Cancellable, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * A single sign-on window (no preload, its own partition) shows the office server and the identity provider, so it
 * may go to https pages, and nowhere else (no plain http, files, app:// pages or other schemes); no new windows,
 * no webviews.
 */
export function guardSignInContents(contents: GuardedContents): void {
  const httpsOnly = (event: Cancellable, url: string) => {
    if (!isSafeExternalUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', httpsOnly);
  contents.on('will-redirect', httpsOnly);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Camera, microphone, notifications, clipboard…: the app needs none, so every request and check is refused. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The one IPC handler: the sender frame is checked before any procedure runs. */
export function handleInvoke(ipc: GuardedIpc, channel: string, dispatch: Dispatch): void {
  ipc.handle(channel, (event, procedure, input, idempotencyKey) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) return untrustedSender;
    // The key's form is checked where it is used (the core's dispatchOnce; the office server for a forwarded call).
    return dispatch(typeof procedure === 'string' ? procedure : '', input, typeof idempotencyKey === 'string' ? idempotencyKey : null);
  });
}

/** Installs every guard: on each WebContents the app creates, on the session, and on the IPC channel. */
export function installGuards(shell: Shell, channel: string, dispatch: Dispatch): void {
  shell.app.on('web-contents-created', (_event, contents) =>
    shell.isSignInSession(contents.session) ? guardSignInContents(contents) : guardContents(contents, shell.openExternal),
  );
  guardSession(shell.session);
  handleInvoke(shell.ipc, channel, dispatch);
}
