import { readinessRulesSchema, type ReadinessRules } from '../../../shared/api/readiness';
import { defaultReadinessRules } from '../../../shared/domain';
import type { Db } from '../db/client';
import { readSetting, writeSetting } from '../db/settings';

const key = 'readiness.rules';

/** The office's readiness rules (Settings), or the defaults when none were saved. */
export function readinessRules(db: Db): ReadinessRules {
  const parsed = readinessRulesSchema.safeParse(readSetting(db, key));
  return parsed.success ? parsed.data : defaultReadinessRules;
}

export function saveReadinessRules(db: Db, rules: ReadinessRules): ReadinessRules {
  writeSetting(db, key, rules);
  return readinessRules(db);
}
