import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sourceRoot } from '../../electron/core/paths';

// Issue 13, item 13: what Rapport says about itself is true, and what it says to an advisor is in their words.

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(join(sourceRoot, path), 'utf8');

interface Semver {
  subset(range: string, of: string): boolean;
  minVersion(range: string): { major: number; minor: number } | null;
}
function isSemver(value: unknown): value is Semver {
  return (
    typeof value === 'object' &&
    value !== null &&
    'subset' in value &&
    typeof value.subset === 'function' &&
    'minVersion' in value &&
    typeof value.minVersion === 'function'
  );
}
const semver: unknown = require('semver');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(sourceRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

describe('the Node versions Rapport states', () => {
  if (!isSemver(semver)) throw new Error('semver is not loadable');
  const ours = z.object({ engines: z.object({ node: z.string() }) }).parse(JSON.parse(read('package.json'))).engines.node;
  const readme = read('README.md');
  const lock = z
    .object({
      packages: z.record(
        z.string(),
        z.object({
          optional: z.boolean().optional(),
          engines: z.object({ node: z.string().optional() }).or(z.array(z.string())).optional(),
        }),
      ),
    })
    .parse(JSON.parse(read('package-lock.json')));
  /** Every installed package (not an optional platform build) whose declared Node range does not cover ours. */
  const narrower = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const node = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return path && !entry.optional && node && !semver.subset(ours, node) ? [{ pkg: path.replace(/^.*node_modules\//, ''), path, node }] : [];
  });
  /** The Electron download and native rebuild: only the desktop build runs them. */
  const electronTooling = ['electron', '@electron/get', '@electron/rebuild', 'node-abi', '@electron-internal/extract-zip'];

  it('package.json engines promise only Node versions every package of the tests and browser mode declares', () => {
    // docx's own nanoid says Node 22+, but it is plain JavaScript: the reference-list tests run it on Node 20.
    const exceptions = ['node_modules/docx/node_modules/nanoid'];
    expect(narrower.filter((n) => !electronTooling.includes(n.pkg) && !exceptions.includes(n.path))).toEqual([]);
    expect(readme).toMatch(/Node 20\.19\+, 22\.13\+ or 24/);
  });

  it('the README names the Node the Electron build tooling needs', () => {
    const needs = narrower.filter((n) => electronTooling.includes(n.pkg)).map((n) => semver.minVersion(n.node) ?? { major: 0, minor: 0 });
    const highest = needs.sort((a, b) => b.major - a.major || b.minor - a.minor)[0];
    expect(highest && highest.major).toBeGreaterThan(20);
    expect(readme).toContain(`Node ${highest?.major}.${highest?.minor} or newer`);
  });
});

describe('messages for advisors', () => {
  it('no error the core raises on purpose starts with an internal field name ("occurredOn: …"); the field travels in details', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('electron/core')) {
      const text = read(file);
      // The message is the second argument of new AppError(code, message, …), on the same line or the next.
      for (const match of text.matchAll(/new AppError\(\s*'[a-z_]+',\s*([`'"])([a-zA-Z.$]+(?:\{[a-zA-Z.]+\})?): /g)) offenders.push(`${file}: ${match[2]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('nothing an advisor sees tells them to run `npm run web`', () => {
    const files = [...sourceFiles('renderer/src'), ...sourceFiles('electron/core'), 'electron/web/server.ts'];
    expect(files.filter((file) => read(file).includes('npm run web'))).toEqual([]);
  });
});
