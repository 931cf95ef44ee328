import type { Db } from './client';

/**
 * A number that moves whenever the office file changed, whoever changed it. SQLite's `data_version` moves
 * when ANOTHER connection commits (the CLI, another host, a restore copied in through SQLite); it stays put
 * for this connection's own commits, which `total_changes()` counts instead (this host serves every window
 * and tab, so one tab's write must move it for the others). Both only grow, so their sum changes on any write.
 */
export function dataVersion(db: Db): { version: number } {
  const external = Number(db.sqlite.pragma('data_version', { simple: true }));
  const own = Number(db.sqlite.prepare('select total_changes()').pluck().get());
  return { version: external + own };
}
