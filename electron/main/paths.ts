import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the packaged app keeps what electron-builder copied beside the asar (extraResources). */
export function resourcePaths(options: { packaged: boolean; appPath: string; resourcesPath: string }) {
  const base = options.packaged ? options.resourcesPath : options.appPath;
  const nativeBinding = join(base, options.packaged ? 'native' : 'native/electron', 'better_sqlite3.node');
  return {
    migrationsFolder: join(base, 'drizzle'),
    // The Noto fonts the PDF exports embed (resources/fonts in the repository).
    fontsFolder: join(base, options.packaged ? 'fonts' : 'resources/fonts'),
    rendererDir: join(options.appPath, 'out', 'renderer'),
    nativeBinding: existsSync(nativeBinding) ? nativeBinding : undefined,
  };
}
