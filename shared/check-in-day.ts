// Check-in opens on the event's day on the office's calendar and stays open afterwards (a paper sheet may be
// typed in later). One rule for the core, which refuses an early check-in, and the desk, which says when it opens.

import { dayIn } from './day-in';

/** Whether check-in is open now for an event starting at `startsAt`, and the office day it opens (YYYY-MM-DD). */
export function checkInWindow(timeZone: string, startsAt: string, now: Date = new Date()): { open: boolean; opensOn: string } {
  const opensOn = dayIn(timeZone, new Date(startsAt));
  // ISO days sort as text.
  return { open: dayIn(timeZone, now) >= opensOn, opensOn };
}

/**
 * Whether a kiosk may look people up now: only from the event's first to its last day on the office's calendar. The
 * desk may type a paper sheet in later; a self-service screen must not answer "is X on the list" on any other day.
 */
export function kioskOpen(timeZone: string, event: { startsAt: string; endsAt: string }, now: Date = new Date()): boolean {
  const today = dayIn(timeZone, now);
  return today >= dayIn(timeZone, new Date(event.startsAt)) && today <= dayIn(timeZone, new Date(event.endsAt));
}
