import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import type { OfficeChoice } from '../remote/office-store';
import { officeCertificateVerdict, sessionFromCookies, type SeenCookie } from '../remote/sso-session';
import { guardSession } from './guards';
import { signInWebPreferences } from './policy';

// Single sign-on's window, kept thin (the choices are made in electron/remote/sso-session.ts, tested): the office's
// start address in a window of its own, in a fresh in-memory partition (no "persist:"), so the identity provider's
// pages and cookies never touch the app's window or each other; no preload, so they cannot call Rapport. Its
// navigation is guarded in guards.ts (https only, no new windows), recognised by the partition's session.

/** The sessions of open sign-in windows: guards.ts gives their pages the sign-in rules instead of the app's. */
export const signInSessions = new Set<unknown>();

export function openSignInWindow(parent: () => BrowserWindow | undefined) {
  return (startUrl: string, office: OfficeChoice): Promise<SeenCookie[] | null> => {
    const partition = session.fromPartition(`sign-in-${randomUUID()}`);
    signInSessions.add(partition);
    guardSession(partition);
    // The office's own CA, if the person chose one, counts here as it does for the forwarding; nothing else changes.
    partition.setCertificateVerifyProc((request, callback) => callback(officeCertificateVerdict(request, office.origin, office.ca)));
    const window = new BrowserWindow({
      width: 560,
      height: 760,
      parent: parent(),
      modal: true,
      title: `Sign in to ${new URL(office.origin).host}`,
      autoHideMenuBar: true,
      webPreferences: signInWebPreferences(partition),
    });
    return new Promise((resolve) => {
      let answered = false;
      const answer = (cookies: SeenCookie[] | null) => {
        if (answered) return;
        answered = true;
        resolve(cookies);
        if (!window.isDestroyed()) window.close();
      };
      // The office server sets its session cookie at the end of a sign-in that succeeded; a refusal never sets it and
      // is shown on the office's sign-in page in this window until the person closes it.
      // Only the office's own cookie counts (sessionFromCookies: host-only on its host, Secure, Path=/): a cookie of
      // that name from any other site is ignored and the window stays open.
      partition.cookies.on('changed', (_event, cookie, _cause, removed) => {
        if (!removed && sessionFromCookies(office.origin, [cookie]) !== null) answer([cookie]);
      });
      window.on('closed', () => {
        answer(null);
        signInSessions.delete(partition);
        void partition.clearStorageData();
      });
      void window.loadURL(startUrl);
    });
  };
}
