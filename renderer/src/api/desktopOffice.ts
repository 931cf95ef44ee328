import type { z } from 'zod';
import { officeConnectionSchema, type desktopOfficeProcedures, type DesktopOfficeProcedure, type OfficeConnection } from '@shared/api/desktop-office';
import type { ApiResult } from '@shared/api/errors';
import { send } from './transport';

// The desktop app's own calls (which office is open, connect, back to this computer), answered by its main
// process through the same single invoke. Browser mode and the office server's pages have no such thing.

export function isDesktop(): boolean {
  return window.rapport !== undefined;
}

/** Each of the three answers which office is open now. */
export async function desktopCall<N extends DesktopOfficeProcedure>(
  name: N,
  input: z.input<(typeof desktopOfficeProcedures)[N]['input']>,
): Promise<ApiResult<OfficeConnection>> {
  const result = await send(name, input);
  if (!result.ok) return result;
  const parsed = officeConnectionSchema.safeParse(result.data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: { code: 'internal', message: 'Unexpected answer from the desktop app.' } };
}
