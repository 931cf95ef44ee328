import { defaultOfficeName, type Settings } from '../../../shared/api/office';
import { transaction, type Db } from '../db/client';
import { sessionLimits, sessionSettingKeys } from '../auth/session-limits';
import { findAdvisor } from '../db/advisors';
import { dateFormatSettingKey, officeDateFormat, officeTimeZone, timeZoneSettingKey } from '../db/office-day';
import type { DateFormat } from '../../../shared/date-format';
import { readSetting, writeSetting } from '../db/settings';
import { advisorsSeeWholeOffice, advisorsSeeWholeOfficeKey } from '../db/visible-students';
import { notFound } from '../errors';

export const settingKeys = {
  officeName: 'office.name',
  currentAdvisorId: 'office.currentAdvisorId',
  firstRunDone: 'app.firstRunDone',
  timeZone: timeZoneSettingKey,
  dateFormat: dateFormatSettingKey,
} as const;

export function getSettings(db: Db): Settings {
  const officeName = readSetting(db, settingKeys.officeName);
  const firstRunDone = readSetting(db, settingKeys.firstRunDone);
  const limits = sessionLimits(db);
  return {
    officeName: typeof officeName === 'string' && officeName.trim() ? officeName : defaultOfficeName,
    currentAdvisorId: currentAdvisorId(db),
    firstRunDone: firstRunDone === true,
    timeZone: officeTimeZone(db),
    dateFormat: officeDateFormat(db),
    advisorsSeeWholeOffice: advisorsSeeWholeOffice(db),
    sessionIdleMinutes: limits.idleMinutes,
    sessionLifetimeHours: limits.lifetimeHours,
  };
}

export function updateSettings(
  db: Db,
  patch: {
    officeName?: string;
    currentAdvisorId?: number | null;
    timeZone?: string;
    dateFormat?: DateFormat;
    advisorsSeeWholeOffice?: boolean;
    sessionIdleMinutes?: number;
    sessionLifetimeHours?: number;
  },
): Settings {
  if (patch.currentAdvisorId !== undefined && patch.currentAdvisorId !== null && !findAdvisor(db, patch.currentAdvisorId)) {
    throw notFound('advisor', patch.currentAdvisorId);
  }
  transaction(db, () => {
    if (patch.officeName !== undefined) writeSetting(db, settingKeys.officeName, patch.officeName);
    if (patch.currentAdvisorId !== undefined) writeSetting(db, settingKeys.currentAdvisorId, patch.currentAdvisorId);
    if (patch.dateFormat !== undefined) writeSetting(db, settingKeys.dateFormat, patch.dateFormat);
    if (patch.advisorsSeeWholeOffice !== undefined) writeSetting(db, advisorsSeeWholeOfficeKey, patch.advisorsSeeWholeOffice);
    if (patch.sessionIdleMinutes !== undefined) writeSetting(db, sessionSettingKeys.idleMinutes, patch.sessionIdleMinutes);
    if (patch.sessionLifetimeHours !== undefined) writeSetting(db, sessionSettingKeys.lifetimeHours, patch.sessionLifetimeHours);
    if (patch.timeZone !== undefined && patch.timeZone !== officeTimeZone(db)) {
      // Goals counted by day are recomputed in this transaction (db/settings.ts).
      writeSetting(db, settingKeys.timeZone, patch.timeZone);
    }
  });
  return getSettings(db);
}

/** The advisor picked in "I am" (single-user mode), or null. */
function currentAdvisorId(db: Db): number | null {
  const value = readSetting(db, settingKeys.currentAdvisorId);
  return typeof value === 'number' ? value : null;
}

/**
 * The advisor the caller acts as: on the office server the signed-in user's advisor record (none for an account not
 * linked to one), in single-user mode the advisor picked in "I am".
 */
export function actingAdvisorId(db: Db): number | null {
  return db.request ? (db.request.caller?.advisorId ?? null) : currentAdvisorId(db);
}

/** How the audit log names a person: a signed-in user or an advisor. */
export function actorName(person: { name: string; email: string }): string {
  return `${person.name} <${person.email}>`;
}

/**
 * Who the audit log names: on the office server the signed-in user; in single-user mode the advisor picked in
 * "I am", else the office itself. Runs on every audited write: reads the one setting it needs, not all of them.
 */
export function currentActor(db: Db): string {
  const caller = db.request?.caller;
  if (caller) return actorName(caller);
  const advisorId = currentAdvisorId(db);
  const advisor = advisorId === null ? undefined : findAdvisor(db, advisorId);
  return advisor ? actorName(advisor) : 'office';
}
