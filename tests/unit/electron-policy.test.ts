import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/core/csp';
import { sourceRoot } from '../../electron/core/paths';
import { isAppUrl, isSafeExternalUrl, isTrustedSender, secureWebPreferences, signInWebPreferences } from '../../electron/main/policy';

const source = (path: string) => readFileSync(join(sourceRoot, path), 'utf8');

describe('desktop window policy', () => {
  // The reviewed preferences, as a security review reads them: what must be on, what must be off. Any added key
  // (enableBlinkFeatures, additionalArguments, a second preload…) must be reviewed here first.
  const mustBeOn = ['contextIsolation', 'sandbox', 'webSecurity'];
  const mustBeOff = [
    'nodeIntegration',
    'nodeIntegrationInWorker',
    'nodeIntegrationInSubFrames',
    'allowRunningInsecureContent',
    'experimentalFeatures',
    'webviewTag',
    'navigateOnDragDrop',
    'spellcheck',
  ];
  const reviewed = [...mustBeOn.map((name) => [name, true] as const), ...mustBeOff.map((name) => [name, false] as const)];

  // One test per setting, so a failure names the preference that was weakened.
  it.each(reviewed)('web preference %s is %s', (name, expected) => {
    expect(Object.entries(secureWebPreferences('/p.cjs'))).toContainEqual([name, expected]);
  });

  it('sets exactly the reviewed web preferences and nothing else', () => {
    expect(secureWebPreferences('/p.cjs')).toStrictEqual(Object.fromEntries([['preload', '/p.cjs'], ...reviewed]));
  });

  it('gives the single sign-on window the same preferences, with its own session and no preload', () => {
    expect(signInWebPreferences('partition')).toStrictEqual(Object.fromEntries([...reviewed, ['session', 'partition']]));
  });

  // What main.ts does with this policy (guards, window, IPC sender check) is tested in electron-guards.test.ts.

  // The window shows only the app itself; only https links open in the OS browser.
  const urlRules = { 'the window shows': isAppUrl, 'the OS browser opens': isSafeExternalUrl };
  it.each<[keyof typeof urlRules, string, boolean]>([
    ['the window shows', 'app://rapport/index.html#/students', true],
    ['the window shows', 'app://other/index.html', false],
    ['the window shows', 'https://rapport/', false],
    ['the window shows', 'file:///etc/passwd', false],
    ['the window shows', 'not a url', false],
    ['the OS browser opens', 'https://www.linkedin.com/in/dana', true],
    ['the OS browser opens', 'http://example.com', false],
    ['the OS browser opens', 'file:///C:/Windows/system32/calc.exe', false],
    ['the OS browser opens', 'javascript:alert(1)', false],
    ['the OS browser opens', 'https://user:pass@example.com', false],
  ])('%s %s: %s', (rule, url, allowed) => {
    expect(urlRules[rule](url)).toBe(allowed);
  });

  it.each([
    ['app://rapport/index.html', true, true],
    ['app://rapport/index.html', false, false],
    ['https://evil.example', true, false],
    [undefined, true, false],
  ])('accepts IPC only from the app top frame: %s (top frame %s) is %s', (url, topFrame, trusted) => {
    expect(isTrustedSender(url, topFrame)).toBe(trusted);
  });

  it('preload exposes exactly one invoke function and never ipcRenderer itself', () => {
    const preload = source('electron/preload/index.ts');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('rapport', \{\s*invoke:/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,}]/);
  });

  const policies: [string, string][] = [
    ['app:// and browser-mode responses (electron/core/csp.ts)', contentSecurityPolicy],
    ['renderer/index.html', metaPolicy(source('renderer/index.html'))],
  ];

  it.each(policies)('CSP of %s: default-src and script-src are exactly self', (_where, policy) => {
    const directives = parsePolicy(policy);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it.each(policies)('CSP of %s: no plugins, no base, no form posts, connections to self only', (_where, policy) => {
    const directives = parsePolicy(policy);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it.each(policies)('CSP of %s: no directive allows eval, wildcards or remote schemes', (_where, policy) => {
    for (const [name, sources] of parsePolicy(policy)) {
      for (const value of sources) {
        expect(value, `${name} ${value}`).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|^\*$|\*\.|^(https?|wss?|ftp|blob|filesystem):/i);
      }
    }
    // Inline styles are needed by Mantine; inline scripts never are.
    for (const [name, sources] of parsePolicy(policy)) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('the app:// CSP also forbids framing', () => {
    // frame-ancestors has no effect in a meta tag, so only the header policy carries it.
    expect(parsePolicy(contentSecurityPolicy).get('frame-ancestors')).toEqual(["'none'"]);
  });

  // Electron's defaults leave RunAsNode, NODE_OPTIONS and --inspect on: a missing line is as bad as a wrong one.
  const expectedFuses: Record<string, boolean> = {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  };

  it.each(Object.entries(expectedFuses))('electron-builder.yml sets the fuse %s to %s', (name, value) => {
    expect(fusesIn(source('electron-builder.yml')).get(name)).toBe(value);
  });

  it('electron-builder.yml sets exactly the reviewed fuses, packs an asar and ships the migrations', () => {
    const builder = source('electron-builder.yml');
    expect(Object.fromEntries(fusesIn(builder))).toStrictEqual(expectedFuses);
    expect(builder).toMatch(/^asar: true$/m);
    expect(builder).toMatch(/from: drizzle/);
  });
});

/** `name value value; name value` → name → values (names lower-cased, as browsers read them). */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    // A repeated directive is ignored by browsers; fail loudly instead of guessing which one a test should read.
    if (directives.has(name.toLowerCase())) throw new Error(`CSP repeats ${name}`);
    directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The content of index.html's Content-Security-Policy meta tag (exactly one). */
function metaPolicy(html: string): string {
  const tags = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
  if (tags.length !== 1) throw new Error(`index.html has ${tags.length} CSP meta tags`);
  return tags[0]?.[1] ?? '';
}

/** The `electronFuses:` block of electron-builder.yml as name → boolean (a non-boolean value is kept as text, so it fails). */
function fusesIn(yaml: string): Map<string, boolean | string> {
  const block = /^electronFuses:\n((?:[ \t]+.*\n?)*)/m.exec(yaml)?.[1] ?? '';
  const fuses = new Map<string, boolean | string>();
  for (const line of block.split('\n')) {
    const match = /^\s+([A-Za-z][A-Za-z0-9]*):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    if (fuses.has(match[1])) throw new Error(`electron-builder.yml repeats the fuse ${match[1]}`);
    fuses.set(match[1], match[2] === 'true' ? true : match[2] === 'false' ? false : match[2]);
  }
  return fuses;
}
