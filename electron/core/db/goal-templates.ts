import { sql } from 'drizzle-orm';
import type { GoalKind } from '../../../shared/domain';
import type { Db } from './client';
import { goalTemplates } from './schema';

export interface GoalTemplateValues {
  title: string;
  kind: GoalKind;
  targetCount: number;
  description: string;
}

/** Seeds the ladder once; an office's own edits are never overwritten. */
export function ensureGoalTemplates(db: Db, ladder: readonly GoalTemplateValues[]): void {
  const existing =
    db.orm
      .select({ count: sql<number>`count(*)` })
      .from(goalTemplates)
      .get()?.count ?? 0;
  if (existing > 0) return;
  db.orm
    .insert(goalTemplates)
    .values(ladder.map((rung, index) => ({ rung: index + 1, ...rung })))
    .run();
}
