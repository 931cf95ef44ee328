import type { APIRequestContext } from '@playwright/test';
import { e2eToken, emptyPort } from '../../playwright.config';

// The "start empty" office (after first-run-empty.spec.ts): specs make their records through its API.
export const base = `http://127.0.0.1:${emptyPort}`;

export async function api<T>(request: APIRequestContext, name: string, data: object): Promise<T> {
  const reply = await request.post(`${base}/api/${name}`, { headers: { 'x-rapport-token': e2eToken }, data });
  const body = (await reply.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? 'failed'}`);
  return body.data;
}

/** A local calendar day, `days` before today (the browser's and the core's "today" are local). */
export function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
