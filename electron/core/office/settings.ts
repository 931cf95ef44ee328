import type { Settings } from '../../../shared/api/office';
import { transaction, type Db } from '../db/client';
import { sessionLimits, sessionSettingKeys } from '../auth/session-limits';
import { findAdvisor } from '../db/advisors';
import { officeTimeZone, timeZoneSettingKey } from '../db/office-day';
import { readSetting, writeSetting } from '../db/settings';
import { advisorsSeeWholeOffice, advisorsSeeWholeOfficeKey } from '../db/visible-students';
import { notFound } from '../errors';

export const settingKeys = {
  officeName: 'office.name',
  currentAdvisorId: 'office.currentAdvisorId',
  firstRunDone: 'app.firstRunDone',
  timeZone: timeZoneSettingKey,
} as const;

const defaultOfficeName = 'Career Services';

export function getSettings(db: Db): Settings {
  const officeName = readSetting(db, settingKeys.officeName);
  const currentAdvisorId = readSetting(db, settingKeys.currentAdvisorId);
  const firstRunDone = readSetting(db, settingKeys.firstRunDone);
  const limits = sessionLimits(db);
  return {
    officeName: typeof officeName === 'string' && officeName.trim() ? officeName : defaultOfficeName,
    currentAdvisorId: typeof currentAdvisorId === 'number' ? currentAdvisorId : null,
    firstRunDone: firstRunDone === true,
    timeZone: officeTimeZone(db),
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

/**
 * Who the audit log names: on the office server the signed-in user; in single-user mode the advisor picked in
 * "I am", else the office itself.
 */
export function currentActor(db: Db): string {
  const caller = db.request?.caller;
  if (caller) return `${caller.name} <${caller.email}>`;
  const { currentAdvisorId } = getSettings(db);
  const advisor = currentAdvisorId === null ? undefined : findAdvisor(db, currentAdvisorId);
  return advisor ? `${advisor.name} <${advisor.email}>` : 'office';
}
