import type { APIRequestContext } from '@playwright/test';
import { emptyPort } from '../../playwright.config';
import type { ProcedureInput } from '../../shared/api/contract';
import { officeApi } from './api';

// An office started empty, shared by the specs that make their own records through its API. Each such spec
// calls startedOffice in a beforeAll, so it runs alone as well as after the others.
export const { base, api } = officeApi(emptyPort);

/** Leaves the first-run screen (start empty) unless another spec already did: the pages show the office. */
export async function startedOffice(request: APIRequestContext): Promise<void> {
  if (!(await api(request, 'app.status', {})).firstRunDone) await api(request, 'app.startEmpty', {});
}

/** A local calendar day, `days` before today (the browser's and the core's "today" are local). */
export function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A `datetime-local` value `offsetMs` from now, on this machine's clock (the browser's: Playwright sets no zone).
 * An event typed from now on is under way on the office's day whatever its zone, as `eventUnderWay` makes one.
 */
export function localInputFromNow(offsetMs: number): string {
  const d = new Date(Date.now() + offsetMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * An in-person event that started a minute ago: its check-in desk is open (the event's day, shared/check-in-day.ts).
 * `more` sets other fields (a kind, a capacity).
 */
export function eventUnderWay(request: APIRequestContext, title: string, more: Partial<ProcedureInput<'events.create'>> = {}) {
  const now = Date.now();
  return api(request, 'events.create', {
    title,
    kind: 'alumni_mixer',
    format: 'in_person',
    startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 2 * 3_600_000).toISOString(),
    ...more,
  });
}
