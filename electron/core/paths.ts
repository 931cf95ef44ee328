import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appFolderName = 'Rapport';
export const databaseFileName = 'rapport.db';

/**
 * The folder Electron calls userData for an app named "Rapport", computed without Electron so the CLI
 * and browser mode use the same file as the desktop app. RAPPORT_DATA_DIR overrides it (tests, IT staff).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.RAPPORT_DATA_DIR) return resolve(env.RAPPORT_DATA_DIR);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName);
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), databaseFileName);
}

/** The repository root when running from source (tsx, Vitest); hosts built by electron-vite pass their own. */
export const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sourceMigrationsFolder = join(sourceRoot, 'drizzle');

/** The Noto fonts the PDF exports embed (resources/fonts); the packaged app passes process.resourcesPath/fonts. */
export const sourceFontsFolder = join(sourceRoot, 'resources', 'fonts');
