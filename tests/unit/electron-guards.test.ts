import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors';
import { sourceRoot } from '../../electron/core/paths';
import {
  installGuards,
  type Cancellable,
  type GuardedApp,
  type GuardedContents,
  type GuardedIpc,
  type GuardedSession,
  type InvokeEvent,
} from '../../electron/main/guards';

// The desktop shell cannot run here (no Electron binary in CI), so its guards are driven through fakes that
// record what Electron would be asked to do. The compiler checks that Electron's real objects fit the same
// interfaces where main/index.ts passes them in; the last test checks that it does pass them in.

class FakeEvent implements Cancellable {
  prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
}

class FakeContents implements GuardedContents {
  constructor(readonly session: unknown = 'default') {}
  readonly listeners = new Map<string, (event: Cancellable, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: (event: Cancellable, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Fires an event the way Electron does; true when a guard cancelled it. */
  fire(event: string, url = ''): boolean {
    const listener = this.listeners.get(event);
    if (!listener) throw new Error(`no guard on ${event}`);
    const fake = new FakeEvent();
    listener(fake, url);
    return fake.prevented;
  }
}

class FakeApp implements GuardedApp {
  created: ((event: unknown, contents: GuardedContents) => void) | null = null;
  on(_event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): this {
    this.created = listener;
    return this;
  }
  /** A new window, devtools or any other WebContents appears. */
  create(session: unknown = 'default'): FakeContents {
    const contents = new FakeContents(session);
    this.created?.({}, contents);
    return contents;
  }
}

class FakeSession implements GuardedSession {
  request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  check: (() => boolean) | null = null;
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.check = handler;
  }
}

class FakeIpc implements GuardedIpc {
  readonly handlers = new Map<string, (event: InvokeEvent, procedure: unknown, input: unknown, idempotencyKey: unknown) => unknown>();
  handle(channel: string, listener: (event: InvokeEvent, procedure: unknown, input: unknown, idempotencyKey: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
}

function shell() {
  const app = new FakeApp();
  const session = new FakeSession();
  const ipc = new FakeIpc();
  const opened: string[] = [];
  const dispatched: [string, unknown, string | null][] = [];
  const dispatch = (procedure: string, input: unknown, idempotencyKey: string | null): ApiResult<unknown> => {
    dispatched.push([procedure, input, idempotencyKey]);
    return { ok: true, data: 'ran' };
  };
  const isSignInSession = (candidate: unknown) => candidate === 'sign-in partition';
  installGuards({ app, session, ipc, openExternal: (url) => opened.push(url), isSignInSession }, 'rapport:invoke', dispatch);
  return { app, session, ipc, opened, dispatched };
}

describe('desktop guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: stays on app:// pages, cancels anything else', (event) => {
    const contents = shell().app.create();
    expect(contents.fire(event, 'app://rapport/index.html#/students')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(contents.fire(event, url), url).toBe(true);
    }
  });

  it('cancels every webview', () => {
    expect(shell().app.create().fire('will-attach-webview')).toBe(true);
  });

  it('guards every WebContents the app creates, not only the first window', () => {
    const { app } = shell();
    const [first, second] = [app.create(), app.create()];
    for (const contents of [first, second]) {
      expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
      expect(contents.openHandler).not.toBeNull();
    }
  });

  it('denies every new window; opens only https links without credentials in the OS browser', () => {
    const { app, opened } = shell();
    const contents = app.create();
    const open = (url: string) => contents.openHandler?.({ url });
    for (const url of [
      'https://www.linkedin.com/in/dana',
      'http://example.com',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'https://user:pass@example.com',
      'app://rapport/index.html',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.linkedin.com/in/dana']);
  });

  it('lets a single sign-on window (its own partition) go to https pages only, never open windows or webviews', () => {
    const { app, opened } = shell();
    const contents = app.create('sign-in partition');
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize?x=1')).toBe(false);
      expect(contents.fire(event, 'https://rapport.example.edu/sso/oidc/callback?code=1')).toBe(false);
      for (const url of ['http://idp.example.edu/', 'app://rapport/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@idp.example.edu/']) {
        expect(contents.fire(event, url), url).toBe(true);
      }
    }
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://idp.example.edu/help' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
    // The app's own windows keep the app's rules.
    expect(app.create().fire('will-navigate', 'https://login.microsoftonline.com/')).toBe(true);
  });

  it('refuses every permission request and check', () => {
    const { session } = shell();
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])
      session.request?.({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session.check?.()).toBe(false);
  });

  describe('the IPC handler', () => {
    const mainFrame = { url: 'app://rapport/index.html' };
    const invoke = (event: InvokeEvent, procedure: unknown = 'students.list', input: unknown = {}, idempotencyKey: unknown = undefined) => {
      const { ipc, dispatched } = shell();
      expect([...ipc.handlers.keys()]).toEqual(['rapport:invoke']);
      const answer = ipc.handlers.get('rapport:invoke')?.(event, procedure, input, idempotencyKey);
      return { answer, dispatched };
    };

    it('runs a procedure sent by the app’s own top frame', () => {
      const { answer, dispatched } = invoke({ senderFrame: mainFrame, sender: { mainFrame } }, 'students.get', {
        id: 1,
      });
      expect(answer).toEqual({ ok: true, data: 'ran' });
      expect(dispatched).toEqual([['students.get', { id: 1 }, null]]);
    });

    it('passes the write’s idempotency key on, and anything but a string as none', () => {
      const top = { senderFrame: mainFrame, sender: { mainFrame } };
      expect(invoke(top, 'attendance.checkIn', {}, 'door-0123456789abcdef').dispatched).toEqual([['attendance.checkIn', {}, 'door-0123456789abcdef']]);
      expect(invoke(top, 'attendance.checkIn', {}, { key: 1 }).dispatched).toEqual([['attendance.checkIn', {}, null]]);
    });

    const foreignTop = { url: 'https://evil.example/' };
    it.each<[string, InvokeEvent]>([
      ['a subframe of the app', { senderFrame: { url: 'app://rapport/frame.html' }, sender: { mainFrame } }],
      ['a top frame showing another page', { senderFrame: foreignTop, sender: { mainFrame: foreignTop } }],
      ['a frame that is gone', { senderFrame: null, sender: { mainFrame } }],
    ])('refuses %s before any procedure runs', (_who, event) => {
      const { answer, dispatched } = invoke(event);
      expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(dispatched).toEqual([]);
    });

    it('passes a non-string procedure name on as empty (the core answers "unknown procedure")', () => {
      const { dispatched } = invoke({ senderFrame: mainFrame, sender: { mainFrame } }, { toString: () => 'students.list' });
      expect(dispatched).toEqual([['', {}, null]]);
    });
  });
});

describe('main/index.ts wires the guards', () => {
  const main = readFileSync(join(sourceRoot, 'electron/main/index.ts'), 'utf8');
  // The behaviour is tested above; what is left to read in main is that it hands the real objects to it, once.
  it('installs every guard with the real app, default session, ipcMain and shell', () => {
    const calls = [...main.matchAll(/installGuards\(\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
    expect(calls).toHaveLength(1);
    const wiring = calls[0] ?? '';
    expect(wiring).toMatch(/\bapp\b/);
    expect(wiring).toMatch(/session: session\.defaultSession\b/);
    expect(wiring).toMatch(/ipc: ipcMain\b/);
    expect(wiring).toMatch(/openExternal: \(url\) => void shell\.openExternal\(url\)/);
  });

  it('registers no IPC handler, permission handler or window-open handler of its own', () => {
    expect(main).not.toMatch(/ipcMain\.(handle|on|once|handleOnce)\(|setPermission\w+Handler|setWindowOpenHandler|callback\(true\)|action:\s*'allow'/);
    expect(main.match(/openExternal\(/g)).toHaveLength(1);
  });

  it('builds its one window from the reviewed web preferences', () => {
    expect(main).toContain('webPreferences: secureWebPreferences(');
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
  });
});
