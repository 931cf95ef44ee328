// Electronegativity (Doyensec's Electron security scanner) over the desktop shell, as a CI gate:
// exits 1 on any finding of medium severity or above, on a file it cannot parse, or on a reviewed
// suppression that no longer matches anything. Run with `npm run test:security` (tsx, so the policy
// modules below can be evaluated from their TypeScript sources: no build needed).
//
// Electronegativity reads syntax, not values: it only sees `new BrowserWindow({ webPreferences: { … } })`
// written out literally. Our preferences live in electron/main/policy.ts (pure data, unit-tested), and the
// Content-Security-Policy of app:// responses in electron/core/csp.ts. So the scan runs over a copy of
// electron/ in which the `secureWebPreferences(…)` call is replaced, on the same line, by the object that
// function really returns, plus the pages the window loads with their CSP. Weakening policy.ts (sandbox,
// contextIsolation, nodeIntegration, webSecurity…) therefore makes this gate fail, and if main/index.ts stops
// using the policy, the literal-less window is flagged as it should be.
//
// Output: .tmp/electronegativity/electronegativity.sarif (every finding, for code-scanning tools) and
// .tmp/electronegativity/scan/ (exactly what was analysed).

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../../electron/core/csp.ts';
import { secureWebPreferences, signInWebPreferences } from '../../electron/main/policy.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, '.tmp', 'electronegativity');
const scanDir = join(outDir, 'scan');
const sarifPath = join(outDir, 'electronegativity.sarif');
const failAtOrAbove = 2; // electronegativity's severity values: 0 informational, 1 low, 2 medium, 3 high

// Checks not run at all. Only the one that needs the network belongs here.
const excludedChecks = [
  // Downloads Electron's release list from GitHub to compare versions: network-dependent, so not a CI gate.
  // (Keeping Electron current is the job of dependency updates.)
  'AvailableSecurityFixesGlobalCheck',
];

// Findings reviewed by hand and accepted, each matched on its check, file and source line (not a line
// number), so any new occurrence elsewhere still fails. A suppression that matches nothing fails the run,
// so they are removed when the code they describe changes.
const reviewed = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/index.ts',
    line: /openExternal: \(url\) => void shell\.openExternal\(url\)/,
    // Handed to installGuards (electron/main/guards.ts), whose window-open handler calls it only for URLs isSafeExternalUrl
    // accepts: https, parsed by new URL, without credentials (tests/unit/electron-guards.test.ts drives it with fakes).
    why: 'called only by the window-open guard, after isSafeExternalUrl (https only, parsed, no credentials)',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'electron/main/index.ts',
    line: /"preload":"\.\.\/preload\/index\.cjs"/,
    // The preload exposes one function, invoke(procedure, input, idempotencyKey?), through contextBridge (electron-policy.test.ts checks it).
    why: 'the preload exposes only invoke(procedure, input, idempotencyKey?), never ipcRenderer',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/index.ts',
    line: /new BrowserWindow\(\{/,
    // A middle-click on a link asks for a new window, and setWindowOpenHandler denies every new window for every webContents (installGuards in guards.ts).
    why: 'middle-click opens go through setWindowOpenHandler, which denies every new window',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/sign-in-window.ts',
    line: /new BrowserWindow\(\{/,
    // The single sign-on window: guardSignInContents (guards.ts, unit-tested) denies every new window and keeps it on https.
    why: 'the sign-in window denies every new window (guardSignInContents)',
  },
  {
    id: 'CERTIFICATE_VERIFY_PROC_JS_CHECK',
    file: 'electron/main/sign-in-window.ts',
    line: /setCertificateVerifyProc\(\(request, callback\) => callback\(officeCertificateVerdict\(/,
    // Only in the sign-in window's own partition, only for the office's host, and only a certificate the office CA the
    // person chose signed directly, valid now and naming the host; every other answer is Chromium's
    // (officeCertificateVerdict, tested with real certificates in tests/integration/desktop-forwarding.test.ts).
    why: "accepts only the office's host with a certificate signed by the CA the person chose; otherwise Chromium decides",
  },
];

/** The index just past the parenthesis that closes the one at `open`, or -1. */
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** What each policy function returns, as the literal the scan sees (the sign-in window's session is only named). */
const literals = {
  secureWebPreferences: JSON.stringify(secureWebPreferences('../preload/index.cjs')),
  signInWebPreferences: JSON.stringify(signInWebPreferences('partition')),
};

/** Replaces each `webPreferences: secureWebPreferences(…)` (or signInWebPreferences) with the literal object it returns, keeping line numbers. */
function inlineWebPreferences(source) {
  const call = /webPreferences:\s*(secureWebPreferences|signInWebPreferences)\(/g;
  let result = '';
  let from = 0;
  let count = 0;
  for (let match = call.exec(source); match !== null; match = call.exec(source)) {
    const open = match.index + match[0].length - 1;
    const end = closingParen(source, open);
    if (end === -1 || source.slice(match.index, end).includes('\n')) continue; // multi-line call: left as is, so it is flagged
    result += `${source.slice(from, match.index)}webPreferences: ${literals[match[1]]}`;
    from = end;
    count += 1;
  }
  return { text: result + source.slice(from), count };
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function prepareScanTree() {
  rmSync(scanDir, { recursive: true, force: true });
  mkdirSync(scanDir, { recursive: true });
  cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
  let inlined = 0;
  for (const file of filesUnder(join(scanDir, 'electron', 'main')).filter((f) => f.endsWith('.ts'))) {
    const { text, count } = inlineWebPreferences(readFileSync(file, 'utf8'));
    if (count > 0) writeFileSync(file, text);
    inlined += count;
  }
  // The page the window loads (its meta CSP) and the CSP header app:// adds to every response (protocol.ts).
  mkdirSync(join(scanDir, 'renderer'), { recursive: true });
  cpSync(join(root, 'renderer', 'index.html'), join(scanDir, 'renderer', 'index.html'));
  const cspAttribute = contentSecurityPolicy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  writeFileSync(
    join(scanDir, 'renderer', 'app-protocol-csp.html'),
    `<!doctype html>\n<html><head><meta http-equiv="Content-Security-Policy" content="${cspAttribute}" /></head><body></body></html>\n`,
  );
  return inlined;
}

// Electronegativity fetches translations from an S3 bucket on every run (dist/locales/i18n.js) before using
// its bundled en-US strings. Answering "not found" locally keeps CI offline, quiet and stable. (The only other
// caller of `got` is the excluded release-list check.)
function keepTranslationsOffline(requireFromTool) {
  const gotPath = requireFromTool.resolve('got');
  const offline = async () => ({ statusCode: 404, body: '' });
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  createRequire(import.meta.url).cache[gotPath] = stub;
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin electron to an exact version (found ${String(version)}).`);
  }
  return version;
}

const posix = (path) => path.split(sep).join('/');

async function main() {
  const started = Date.now();
  const inlined = prepareScanTree();
  if (inlined === 0) {
    console.log('electronegativity: no `webPreferences: secureWebPreferences(…)` call found in electron/main; scanning the windows as written.');
  }
  const runnerPath = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js');
  if (!existsSync(runnerPath)) throw new Error('@doyensec/electronegativity is not installed: run `npm ci`.');
  const requireFromTool = createRequire(runnerPath);
  keepTranslationsOffline(requireFromTool);
  process.env.LANG = 'en-US'; // the locale file the tool ships; anything else prints raw message keys
  const run = requireFromTool(runnerPath);

  mkdirSync(outDir, { recursive: true });
  const { issues, errors } = await run(
    {
      input: scanDir,
      output: sarifPath,
      isSarif: true,
      customScan: [],
      excludeFromScan: excludedChecks,
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    },
    false,
  );

  const fileOf = (issue) => posix(issue.file.startsWith(scanDir) ? relative(scanDir, issue.file) : issue.file);
  const used = new Set();
  const accepted = [];
  const failing = [];
  const noted = [];
  for (const issue of issues) {
    const file = fileOf(issue);
    const rule = reviewed.find((r) => r.id === issue.id && r.file === file && r.line.test(issue.sample ?? ''));
    if (rule) {
      used.add(rule);
      accepted.push({ issue, file, rule });
    } else if (issue.severity.value >= failAtOrAbove) failing.push({ issue, file });
    else noted.push({ issue, file });
  }
  const stale = reviewed.filter((r) => !used.has(r));
  const unparsed = errors.filter((e) => !e.tolerable);

  const where = ({ issue, file }) => `${file}:${issue.location.line}:${issue.location.column}`;
  const show = (entry) =>
    `  ${entry.issue.id} [${entry.issue.severity.name}/${entry.issue.confidence.name}] ${where(entry)}\n    ${entry.issue.description}` +
    (entry.issue.sample ? `\n    > ${String(entry.issue.sample).trim().slice(0, 160)}` : '');

  console.log(
    `electronegativity ${requireFromTool('../package.json').version}, Electron ${electronVersion()}: ${issues.length} finding(s) in ${filesUnder(scanDir).length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`  excluded checks: ${excludedChecks.join(', ')}; report: ${posix(relative(root, sarifPath))}`);
  for (const entry of accepted) console.log(`  reviewed: ${entry.issue.id} at ${where(entry)} (${entry.rule.why})`);
  if (noted.length > 0) console.log(`below medium (not failing):\n${noted.map(show).join('\n')}`);
  if (failing.length > 0) console.error(`FAIL: ${failing.length} finding(s) of medium severity or above:\n${failing.map(show).join('\n')}`);
  for (const e of unparsed) console.error(`FAIL: could not parse ${posix(relative(scanDir, e.file))}: ${e.message}`);
  for (const r of stale)
    console.error(
      `FAIL: reviewed suppression ${r.id} in ${r.file} matches nothing any more; remove it from ${posix(relative(root, fileURLToPath(import.meta.url)))}.`,
    );
  if (failing.length > 0 || unparsed.length > 0 || stale.length > 0) process.exit(1);
  console.log('electronegativity: nothing of medium severity or above.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
