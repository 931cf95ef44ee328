import { z } from 'zod';
import type { Db } from './client';

export const currentRulesFile = 'drizzle/current-rules.sql';

const ruleRow = z.object({ type: z.enum(['view', 'trigger']), name: z.string(), table: z.string(), sql: z.string() });

/**
 * Every view and trigger of a migrated database, as SQLite holds them after all migrations (sqlite_schema):
 * the rules that live in SQL, in one readable text instead of spread over the migrations that created,
 * dropped and re-created them. Views first, then triggers grouped by the table they watch, each sorted by name.
 */
export function currentRulesSql(db: Db): string {
  const rows = z.array(ruleRow).parse(
    db.sqlite
      .prepare(
        `select type, name, tbl_name as "table", sql from sqlite_schema where type in ('view', 'trigger') and sql is not null
         order by type = 'trigger', case type when 'trigger' then tbl_name end, name`,
      )
      .all(),
  );
  const header = [
    `-- ${currentRulesFile}: the views and triggers of a database with every migration applied (from sqlite_schema).`,
    '-- Written by `npm run db:rules`; do not edit. Change the rules with a new migration, then run the script:',
    '-- tests/integration/current-rules.test.ts fails while this file differs from what the migrations make.',
  ];
  const sections: string[] = [];
  let table: string | null = null;
  for (const row of rows) {
    const heading = row.type === 'view' ? 'Views' : `Triggers on ${row.table}`;
    if (heading !== table) {
      sections.push(`-- ---- ${heading} ----`);
      table = heading;
    }
    sections.push(`${row.sql.trim()};`);
  }
  return `${header.join('\n')}\n\n${sections.join('\n\n')}\n`;
}
