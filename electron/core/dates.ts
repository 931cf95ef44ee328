// Calendar dates are YYYY-MM-DD strings in UTC; these helpers keep arithmetic in one place.

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

export function daysBetween(fromIsoDate: string, toIsoDateValue: string): number {
  const from = Date.parse(`${fromIsoDate}T00:00:00.000Z`);
  const to = Date.parse(`${toIsoDateValue}T00:00:00.000Z`);
  return Math.round((to - from) / 86_400_000);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Today on this computer's calendar (an advisor's "today" is local, not UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
