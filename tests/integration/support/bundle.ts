import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles a child-process script into one file inside the project (so it finds better-sqlite3 in
 * node_modules): the child starts in ~100 ms instead of compiling TypeScript on every spawn.
 */
export function bundleSupportScript(name: string): string {
  const outfile = join(__dirname, '../../../node_modules/.cache/rapport-support', `${name}-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Packages load from node_modules at run time (native better-sqlite3, pdfkit's font files).
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}
