// Check-in opens on the event's day on the office's calendar and stays open afterwards (a paper sheet may be
// typed in later). One rule for the core, which refuses an early check-in, and the desk, which says when it opens.

import { dayIn } from './day-in';

/** Whether check-in is open now for an event starting at `startsAt`, and the office day it opens (YYYY-MM-DD). */
export function checkInWindow(timeZone: string, startsAt: string, now: Date = new Date()): { open: boolean; opensOn: string } {
  const opensOn = dayIn(timeZone, new Date(startsAt));
  // ISO days sort as text.
  return { open: dayIn(timeZone, now) >= opensOn, opensOn };
}
