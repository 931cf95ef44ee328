import type { Settings } from '../../../shared/api/office';
import { transaction, type Db } from '../db/client';
import { findAdvisor } from '../db/advisors';
import { officeTimeZone, timeZoneSettingKey } from '../db/office-day';
import { readSetting, writeSetting } from '../db/settings';
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
  return {
    officeName: typeof officeName === 'string' && officeName.trim() ? officeName : defaultOfficeName,
    currentAdvisorId: typeof currentAdvisorId === 'number' ? currentAdvisorId : null,
    firstRunDone: firstRunDone === true,
    timeZone: officeTimeZone(db),
  };
}

export function updateSettings(db: Db, patch: { officeName?: string; currentAdvisorId?: number | null; timeZone?: string }): Settings {
  if (patch.currentAdvisorId !== undefined && patch.currentAdvisorId !== null && !findAdvisor(db, patch.currentAdvisorId)) {
    throw notFound('advisor', patch.currentAdvisorId);
  }
  transaction(db, () => {
    if (patch.officeName !== undefined) writeSetting(db, settingKeys.officeName, patch.officeName);
    if (patch.currentAdvisorId !== undefined) writeSetting(db, settingKeys.currentAdvisorId, patch.currentAdvisorId);
    if (patch.timeZone !== undefined && patch.timeZone !== officeTimeZone(db)) {
      // Goals counted by day are recomputed in this transaction (db/settings.ts).
      writeSetting(db, settingKeys.timeZone, patch.timeZone);
    }
  });
  return getSettings(db);
}

/** Who the audit log names for this session: the current advisor, else the office itself. */
export function currentActor(db: Db): string {
  const { currentAdvisorId } = getSettings(db);
  const advisor = currentAdvisorId === null ? undefined : findAdvisor(db, currentAdvisorId);
  return advisor ? `${advisor.name} <${advisor.email}>` : 'office';
}
