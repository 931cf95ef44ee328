import type Database from 'better-sqlite3';
import { transaction, type Db } from './client';
import { refreshGoals } from './goals';

/**
 * Goal status, met-on and the students' goal summary are derived from interactions, check-ins, goals and events.
 * Every db write function that can move them says so here (movingGoals); the refresh runs once, set-based, at
 * the end of the outermost transaction that made the writes (`transaction()` in client.ts), so a bulk log of 500
 * touchpoints is one refresh and no service has to remember it. A write function marks and writes through
 * `movingGoals`, which opens a transaction when the caller has none.
 */
interface Pending {
  all: boolean;
  students: Set<number>;
  connections: Set<number>;
}

const pending = new WeakMap<Database.Database, Pending>();

/** What a write touched: these students, the students of these connections, or the whole office. */
export type GoalScope = { students?: readonly number[]; connections?: readonly number[] } | 'all';

/** Runs a write that can move these goals; they are refreshed before its outermost transaction commits. */
export function movingGoals<T>(db: Db, scope: GoalScope, write: () => T): T {
  const target = pending.get(db.sqlite);
  // No transaction yet: the write gets its own, which refreshes before it commits.
  if (!target) return transaction(db, () => movingGoals(db, scope, write));
  if (scope === 'all') target.all = true;
  else {
    for (const id of scope.students ?? []) target.students.add(id);
    for (const id of scope.connections ?? []) target.connections.add(id);
  }
  return write();
}

/** Whether an outer transaction() is open on this connection and will refresh what its writes moved. */
export function keepsGoals(db: Db): boolean {
  return pending.has(db.sqlite);
}

function refreshPending(db: Db, p: Pending): void {
  if (p.all) return refreshGoals(db, 'all');
  if (p.connections.size === 0) return refreshGoals(db, [...p.students]);
  const ofConnections = db.sqlite
    .prepare('select distinct student_id from connections where id in (select value from json_each(?))')
    .pluck()
    .all(JSON.stringify([...p.connections]))
    .filter((id): id is number => typeof id === 'number');
  refreshGoals(db, [...new Set([...p.students, ...ofConnections])]);
}

/** Runs an outermost transaction's body and then the goal refresh its writes asked for, inside it. */
export function keepingGoals<T>(db: Db, body: () => T): T {
  const p: Pending = { all: false, students: new Set(), connections: new Set() };
  pending.set(db.sqlite, p);
  try {
    const result = body();
    pending.delete(db.sqlite);
    refreshPending(db, p);
    return result;
  } finally {
    pending.delete(db.sqlite);
  }
}
