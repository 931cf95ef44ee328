/**
 * The kiosk's lock: the exit code the advisor chose when starting it, kept in this window's memory only (never
 * stored, never sent), so closing or reloading the window forgets it. Not a security boundary: see README.
 */
let lock: { eventId: number; code: string } | null = null;

const kioskHash = (eventId: number) => `#/events/${eventId}/kiosk`;

/**
 * Back, Forward and an edited address all change the hash: while the kiosk runs, put it straight back. Installed on
 * the window (not in the page), so it still acts after the router has followed the change and left the kiosk page.
 */
function hold(): void {
  if (lock !== null && window.location.hash !== kioskHash(lock.eventId)) window.location.replace(kioskHash(lock.eventId));
}

/** Closing or reloading the window asks first (the browser's own dialog); a reload forgets the code. */
function warn(e: BeforeUnloadEvent): void {
  if (lock !== null) e.preventDefault();
}

export function startKiosk(eventId: number, code: string): void {
  lock = { eventId, code };
  window.addEventListener('popstate', hold);
  window.addEventListener('hashchange', hold);
  window.addEventListener('beforeunload', warn);
}

export function kioskLocked(eventId: number): boolean {
  return lock?.eventId === eventId;
}

/** Ends the kiosk when the code is right; says whether it did. */
export function endKiosk(code: string): boolean {
  if (lock === null || lock.code !== code) return false;
  lock = null;
  window.removeEventListener('popstate', hold);
  window.removeEventListener('hashchange', hold);
  window.removeEventListener('beforeunload', warn);
  return true;
}

/** Full screen where the browser allows it (it must follow a click); a refusal leaves the kiosk in the window. */
export function requestFullscreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
