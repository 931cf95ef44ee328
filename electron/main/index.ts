import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import type { Db } from '../core/db/client';
import { closeDatabase, openDatabase } from '../core/db/open';
import { dispatchAsync } from '../core/dispatch';
import { DatabaseOpenError } from '../core/errors';
import { defaultDataDir, databaseFileName } from '../core/paths';
import { invokeChannel } from './ipc-channel';
import { buildMenu } from './menu';
import { resourcePaths } from './paths';
import { appEntryUrl, isAppUrl, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';

// The CLI and browser mode compute the same folder without Electron: one database for all three hosts.
app.setPath('userData', defaultDataDir());
registerAppScheme();

let db: Db | null = null;

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Rapport',
    webPreferences: secureWebPreferences(fileURLToPath(new URL('../preload/index.cjs', import.meta.url))),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

async function start(): Promise<void> {
  const paths = resourcePaths({ packaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  const databasePath = join(app.getPath('userData'), databaseFileName);
  try {
    db = await openDatabase({ path: databasePath, migrationsFolder: paths.migrationsFolder, nativeBinding: paths.nativeBinding });
  } catch (error) {
    const detail = error instanceof DatabaseOpenError ? error.message : String(error);
    dialog.showMessageBoxSync({
      type: 'error',
      title: 'Rapport cannot open its database',
      message: 'Rapport cannot open its database.',
      detail: `${detail}\n\nThe file was not changed. Keep it for IT; verified copies are in the backups folder beside it (${join(app.getPath('userData'), 'backups')}).`,
    });
    app.exit(1);
    return;
  }
  const openDb = db;
  ipcMain.handle(invokeChannel, (event, procedure: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
      return { ok: false, error: { code: 'unauthorized', message: 'This window may not call Rapport.' } };
    }
    return dispatchAsync(openDb, typeof procedure === 'string' ? procedure : '', input);
  });
  hardenContents();
  serveRenderer(paths.rendererDir);
  Menu.setApplicationMenu(buildMenu({ databasePath }));
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Rapport could not start', String(error));
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (db) closeDatabase(db);
    db = null;
    app.quit();
  });
}
