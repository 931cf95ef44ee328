import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { officeLabel, type OfficeConnection } from '../../shared/api/desktop-office';
import { dailyBackupIfDue, restoreFile, restoreOntoEmptyPath } from '../core/backups/service';
import { backupsFolder } from '../core/backups/store';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from '../core/office/database';
import { dispatchAsync } from '../core/dispatch';
import { dispatchOnce } from '../core/idempotency/dispatch-once';
import { DatabaseOpenError } from '../core/errors';
import { useFontFolder } from '../core/export/pdf/fonts';
import { defaultDataDir, databaseFileName } from '../core/paths';
import { desktopDispatch } from '../remote/desktop-dispatch';
import type { SecretBox } from '../remote/office-store';
import { invokeChannel } from './ipc-channel';
import { buildMenu } from './menu';
import { resourcePaths } from './paths';
import { installGuards } from './guards';
import { openSignInWindow, signInSessions } from './sign-in-window';
import { appEntryUrl, secureWebPreferences } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';

// The CLI and browser mode compute the same folder without Electron: one database for all three hosts.
app.setPath('userData', defaultDataDir());
registerAppScheme();

let db: Db | null = null;

/** The page names the screen (WCAG 2.4.2); on an office server the title also names the office. */
function windowTitle(pageTitle: string, connection: OfficeConnection): string {
  const page = pageTitle || 'Rapport';
  return connection.kind === 'local' ? page : `${page} — ${officeLabel(connection)}`;
}

/**
 * The OS keychain for the office session. On Linux without a keyring safeStorage falls back to a fixed key
 * ('basic_text'), which protects nothing: then the secret is not kept and the person signs in each run.
 */
const keychain: SecretBox = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (data) => safeStorage.decryptString(data),
};

/** Asked by main itself, not the page: the person sees the server (and the CA they chose) before anything changes. */
async function confirmOffice(origin: string, caFingerprint: string | null): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Connect', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `Work on the office server ${origin}?`,
    detail:
      'Everything you open and change in this window will be on that server, under the account you sign in with.' +
      (caFingerprint ? `\n\nYou chose to trust this certificate authority for it (SHA-256):\n${caFingerprint}\nCheck it with your IT office.` : ''),
  });
  return response === 0;
}

function createWindow(office: () => OfficeConnection): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: windowTitle('', office()),
    webPreferences: secureWebPreferences(fileURLToPath(new URL('../preload/index.cjs', import.meta.url))),
  });
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event, pageTitle) => {
    event.preventDefault();
    window.setTitle(windowTitle(pageTitle, office()));
  });
  void window.loadURL(appEntryUrl);
  return window;
}

async function start(): Promise<void> {
  const paths = resourcePaths({
    packaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  useFontFolder(paths.fontsFolder);
  const databasePath = join(app.getPath('userData'), databaseFileName);
  // The office's own file: if it is certainly damaged it is moved aside (never when merely locked).
  const openOptions = {
    path: databasePath,
    migrationsFolder: paths.migrationsFolder,
    nativeBinding: paths.nativeBinding,
    moveDamagedAside: true,
  };
  try {
    db = await openDatabase(openOptions);
  } catch (error) {
    db = await recoverDatabase(error, openOptions);
    if (!db) {
      app.exit(1);
      return;
    }
  }
  await dailyBackup(db);
  const openDb = db;
  // This computer's core, or the office server the person connected to (electron/remote, tested without Electron).
  const desk = desktopDispatch({
    // A keyed write (the door's queue) is done once per key here too, as on an office server.
    local: (procedure, input, idempotencyKey) => dispatchOnce(openDb, procedure, input, idempotencyKey ?? null),
    folder: app.getPath('userData'),
    secrets: keychain,
    confirm: confirmOffice,
    signInWindow: openSignInWindow(() => BrowserWindow.getAllWindows().find((window) => !window.getParentWindow())),
    onChange: (connection) => BrowserWindow.getAllWindows().forEach((window) => window.setTitle(windowTitle(window.webContents.getTitle(), connection))),
  });
  // Navigation, new windows, permissions and the IPC sender check: see guards.ts (tested with fakes).
  installGuards(
    {
      app,
      session: session.defaultSession,
      ipc: ipcMain,
      openExternal: (url) => void shell.openExternal(url),
      isSignInSession: (candidate) => signInSessions.has(candidate),
    },
    invokeChannel,
    desk.dispatch,
  );
  serveRenderer(paths.rendererDir);
  Menu.setApplicationMenu(
    buildMenu({
      databasePath,
      backUpNow: () => void backUpNow(openDb),
      restoreBackup: () => void restoreFromMenu(openDb),
    }),
  );
  createWindow(desk.connection);
}

/**
 * The database could not be opened. A damaged file has been moved aside (never overwritten): offer the
 * newest verified backup, an empty office only on request, or quitting with everything left as it is.
 */
async function recoverDatabase(error: unknown, options: OpenOptions): Promise<Db | null> {
  const detail = error instanceof DatabaseOpenError ? error.message : String(error);
  const recovery = error instanceof DatabaseOpenError ? error.recovery : undefined;
  if (!recovery) {
    if (error instanceof DatabaseOpenError && error.problem === 'busy') return retryWhileBusy(detail, options);
    dialog.showMessageBoxSync({
      type: 'error',
      title: 'Rapport cannot open its database',
      message: 'Rapport cannot open its database.',
      detail,
    });
    return null;
  }
  const newest = recovery.newestBackup;
  const buttons = [...(newest ? ['Restore the newest backup'] : []), 'Start with an empty database', 'Quit'];
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Rapport could not open its database',
    message: 'Rapport could not open its database, so it moved the file aside.',
    detail: `${detail}\n\nNothing was deleted: the damaged file is kept for IT.`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  const picked = buttons[choice];
  try {
    if (picked === 'Restore the newest backup' && newest) return await restoreOntoEmptyPath(options, join(backupsFolder(options.path), newest));
    if (picked === 'Start with an empty database') return await openDatabase({ ...options, startEmpty: true });
  } catch (failure) {
    dialog.showErrorBox('Rapport could not recover', failure instanceof Error ? failure.message : String(failure));
  }
  return null;
}

/** Another program holds the file locked: nothing is wrong with it, so the choices are to try again or quit. */
async function retryWhileBusy(detail: string, options: OpenOptions): Promise<Db | null> {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Rapport’s database is in use',
    message: 'Another program is using Rapport’s database.',
    detail,
    buttons: ['Try again', 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return null;
  try {
    return await openDatabase(options);
  } catch (again) {
    return recoverDatabase(again, options);
  }
}

async function dailyBackup(openDb: Db): Promise<void> {
  try {
    await dailyBackupIfDue(openDb);
  } catch (error) {
    // The office keeps working without today's copy; the person is told, and it is tried again tomorrow.
    dialog.showErrorBox('Today’s backup failed', error instanceof Error ? error.message : String(error));
  }
}

async function backUpNow(openDb: Db): Promise<void> {
  const result = await dispatchAsync(openDb, 'backups.create', {});
  const detail = result.ok ? 'A verified copy is in the backups folder (see Backups in the app).' : result.error.message;
  await dialog.showMessageBox({
    type: result.ok ? 'info' : 'error',
    message: result.ok ? 'Backup saved.' : 'No backup was made.',
    detail,
  });
}

async function restoreFromMenu(openDb: Db): Promise<void> {
  const picked = await dialog.showOpenDialog({
    title: 'Restore a backup',
    defaultPath: backupsFolder(openDb.path),
    properties: ['openFile'],
    filters: [{ name: 'Rapport backups', extensions: ['db'] }],
  });
  const file = picked.filePaths[0];
  if (picked.canceled || !file) return;
  try {
    const result = await restoreFile(openDb, file);
    await dialog.showMessageBox({
      type: 'info',
      message: 'Backup restored.',
      detail: `The previous data was kept aside as ${result.keptAside}.`,
    });
    for (const window of BrowserWindow.getAllWindows()) window.webContents.reload();
  } catch (error) {
    dialog.showErrorBox('The backup was not restored', error instanceof Error ? error.message : String(error));
  }
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
