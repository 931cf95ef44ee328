import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/core/csp';
import { sourceRoot } from '../../electron/core/paths';
import { isAppUrl, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from '../../electron/main/policy';

const source = (path: string) => readFileSync(join(sourceRoot, path), 'utf8');

describe('desktop window policy', () => {
  it('keeps every web preference locked down', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('main.ts builds its window from that policy and installs every handler', () => {
    const main = source('electron/main/index.ts');
    expect(main).toContain('webPreferences: secureWebPreferences(');
    expect(main).toMatch(/on\('will-navigate'/);
    expect(main).toMatch(/setWindowOpenHandler\([^]*?action: 'deny'/);
    expect(main).toMatch(/setPermissionRequestHandler\([^)]*\) => callback\(false\)\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(main).toMatch(/isTrustedSender\(/);
    expect(main).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
  });

  it('lets the window show only the app itself', () => {
    expect(isAppUrl('app://rapport/index.html#/students')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://rapport/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only https links in the OS browser', () => {
    expect(isSafeExternalUrl('https://www.linkedin.com/in/dana')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.com')).toBe(false);
  });

  it('accepts IPC only from the app top frame', () => {
    expect(isTrustedSender('app://rapport/index.html', true)).toBe(true);
    expect(isTrustedSender('app://rapport/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('preload exposes exactly one invoke function and never ipcRenderer itself', () => {
    const preload = source('electron/preload/index.ts');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('rapport', \{\s*invoke:/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,}]/);
  });

  it('uses a strict Content-Security-Policy in the app and in index.html', () => {
    for (const policy of [contentSecurityPolicy, source('renderer/index.html')]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('sets the security fuses in electron-builder.yml', () => {
    const builder = source('electron-builder.yml');
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
    ]) {
      expect(builder).toContain(fuse);
    }
    expect(builder).toMatch(/from: drizzle/);
  });
});
