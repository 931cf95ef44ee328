// Security policy of the desktop window as plain data and pure functions, so tests can read and
// check exactly what main.ts applies (tests cannot import 'electron').

export const appScheme = 'app';
export const appHost = 'rapport';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Every window's isolation: the app's window adds its preload, the single sign-on window its own session. */
const isolation = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

export function secureWebPreferences(preloadPath: string) {
  return { preload: preloadPath, ...isolation };
}

/** The single sign-on window: the same isolation, no preload (its pages cannot call Rapport), a partition of its own. */
export function signInWebPreferences<S>(session: S) {
  return { ...isolation, session };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The window may only ever show the app's own pages. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** Links the OS browser may open: https only, parsed, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}

/** Only the app's own top frame may call the core. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}
