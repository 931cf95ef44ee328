import type { Db } from '../db/client';
import { readSetting } from '../db/settings';

/** The office settings that bound a session (Settings → office server); defaults per issue 15. */
export const sessionSettingKeys = { idleMinutes: 'office.sessionIdleMinutes', lifetimeHours: 'office.sessionLifetimeHours' } as const;
const defaults = { idleMinutes: 30, lifetimeHours: 12 };

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

interface SessionLimits {
  idleMinutes: number;
  lifetimeHours: number;
}

export function sessionLimits(db: Db): SessionLimits {
  return {
    idleMinutes: positive(readSetting(db, sessionSettingKeys.idleMinutes), defaults.idleMinutes),
    lifetimeHours: positive(readSetting(db, sessionSettingKeys.lifetimeHours), defaults.lifetimeHours),
  };
}
