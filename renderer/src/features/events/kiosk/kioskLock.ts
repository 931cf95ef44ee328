/**
 * The kiosk's lock: the exit code the advisor chose when starting it, kept in this window's memory only (never
 * stored, never sent), so closing or reloading the window forgets it. Not a security boundary: see README.
 */
let lock: { eventId: number; code: string } | null = null;

export function startKiosk(eventId: number, code: string): void {
  lock = { eventId, code };
}

export function kioskLocked(eventId: number): boolean {
  return lock?.eventId === eventId;
}

/** Ends the kiosk when the code is right; says whether it did. */
export function endKiosk(code: string): boolean {
  if (lock === null || lock.code !== code) return false;
  lock = null;
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
