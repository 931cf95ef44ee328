import { z } from 'zod';
import { uninvitedPolicies } from '../../../shared/domain';
import type { Db } from './client';
import { readSetting } from './settings';

// The queries behind students checking themselves in (core/events/self-check-in.ts).

/** Made once per office by migration 0026; read only here, never answered to any client. */
const secretKey = 'selfCheckIn.secret';

export function selfCheckInSecret(db: Db): string {
  return z.string().min(32).parse(readSetting(db, secretKey));
}

const settingsRow = z.object({ uninvited: z.enum(uninvitedPolicies), asksStudentId: z.coerce.boolean() });

export function selfCheckInSettings(db: Db, eventId: number): z.infer<typeof settingsRow> {
  return settingsRow.parse(
    db.sqlite.prepare('select self_check_in_uninvited as uninvited, self_check_in_asks_id as asksStudentId from events where id = ?').get(eventId),
  );
}

export function setSelfCheckInSettings(db: Db, eventId: number, v: z.infer<typeof settingsRow>): void {
  db.sqlite
    .prepare(`update events set self_check_in_uninvited = ?, self_check_in_asks_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = ?`)
    .run(v.uninvited, v.asksStudentId ? 1 : 0, eventId);
}

/** The student a school email belongs to (stored lower-case, unique), with what the phone may be asked to match. */
export function studentBySchoolEmail(db: Db, email: string) {
  return z
    .object({ id: z.number(), status: z.string(), externalId: z.string().nullable() })
    .optional()
    .parse(db.sqlite.prepare('select id, status, external_id as externalId from students where school_email = lower(?)').get(email));
}

/** Attempts since `since` from one address and with one token. */
export function selfCheckInAttempts(db: Db, key: { address: string } | { token: string }, since: string): { count: number; oldest: string | null } {
  const [column, value] = 'address' in key ? ['address', key.address] : ['token', key.token];
  return z
    .object({ count: z.number(), oldest: z.string().nullable() })
    .parse(db.sqlite.prepare(`select count(*) as count, min(at) as oldest from self_check_in_attempts where ${column} = ? and at >= ?`).get(value, since));
}

export function recordSelfCheckInAttempt(db: Db, v: { address: string; token: string; at: string }): void {
  db.sqlite.prepare('delete from self_check_in_attempts where at < ?').run(new Date(Date.parse(v.at) - 60 * 60_000).toISOString());
  db.sqlite.prepare('insert into self_check_in_attempts (address, token, at) values (:address, :token, :at)').run(v);
}
