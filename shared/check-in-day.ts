// Check-in opens on the event's day on the office's calendar and stays open afterwards (a paper sheet may be
// typed in later). One rule for the core, which refuses an early check-in, and the desk, which says when it opens.

/** YYYY-MM-DD of an instant in a time zone (undefined: this runtime's zone, the office's default). */
function dayIn(timeZone: string | undefined, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether check-in is open now for an event starting at `startsAt`, and the office day it opens (YYYY-MM-DD). */
export function checkInWindow(timeZone: string | undefined, startsAt: string, now: Date = new Date()): { open: boolean; opensOn: string } {
  const opensOn = dayIn(timeZone, new Date(startsAt));
  // ISO days sort as text.
  return { open: dayIn(timeZone, now) >= opensOn, opensOn };
}
