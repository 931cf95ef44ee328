import { interactionSchema } from '../../../shared/api/connections';
import type { InteractionKind } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { parseRows, sqliteBoolean } from './rows';

const interactionRow = interactionSchema.extend({ sharedContactDetails: sqliteBoolean });

export function findInteraction(db: Db, id: number) {
  return parseRows(
    interactionRow,
    db.sqlite
      .prepare(
        `select id, connection_id as connectionId, kind, occurred_on as occurredOn, summary, shared_contact_details as sharedContactDetails, version
         from interactions where id = ?`,
      )
      .all(id),
  )[0];
}

export interface InteractionValues {
  connectionId: number;
  kind: InteractionKind;
  occurredOn: string;
  summary: string | null;
  sharedContactDetails: boolean;
  loggedByAdvisorId: number | null;
  milestoneId?: number | null;
}

/** A prepared insert, reused across a bulk log inside one transaction. */
export function interactionInserter(db: Db): (v: InteractionValues) => number {
  const statement = db.sqlite.prepare(
    `insert into interactions (connection_id, kind, occurred_on, summary, shared_contact_details, logged_by_advisor_id, milestone_id, source)
     values (:connectionId, :kind, :occurredOn, :summary, :shared, :loggedByAdvisorId, :milestoneId, 'advisor')`,
  );
  // Logging a conversation can meet a goal on its own.
  return (v) =>
    movingGoals(db, { connections: [v.connectionId] }, () =>
      Number(
        statement.run({
          connectionId: v.connectionId,
          kind: v.kind,
          occurredOn: v.occurredOn,
          summary: v.summary,
          shared: v.sharedContactDetails ? 1 : 0,
          loggedByAdvisorId: v.loggedByAdvisorId,
          milestoneId: v.milestoneId ?? null,
        }).lastInsertRowid,
      ),
    );
}

function connectionOf(db: Db, interactionId: number): number[] {
  return db.sqlite
    .prepare('select connection_id from interactions where id = ?')
    .pluck()
    .all(interactionId)
    .filter((id): id is number => typeof id === 'number');
}

export function updateInteraction(db: Db, id: number, v: Omit<InteractionValues, 'connectionId' | 'loggedByAdvisorId'>): void {
  return movingGoals(db, { connections: connectionOf(db, id) }, () => {
    db.sqlite
      .prepare(
        `update interactions set kind = :kind, occurred_on = :occurredOn, summary = :summary, shared_contact_details = :shared,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
      )
      .run({ id, kind: v.kind, occurredOn: v.occurredOn, summary: v.summary, shared: v.sharedContactDetails ? 1 : 0 });
  });
}

export function deleteInteraction(db: Db, id: number): void {
  return movingGoals(db, { connections: connectionOf(db, id) }, () => {
    db.sqlite.prepare('delete from interactions where id = ?').run(id);
  });
}

/** Ties a meeting logged at an event to that event (the event's own figures; goals count by day). */
export function setInteractionEvent(db: Db, interactionId: number, eventId: number): void {
  db.sqlite.prepare('update interactions set event_id = ? where id = ?').run(eventId, interactionId);
}

/** Which of these connection ids exist (for a bulk log: all must). */
export function existingConnectionIds(db: Db, ids: readonly number[]): Set<number> {
  const found = db.sqlite.prepare(`select id from connections where id in (select value from json_each(?))`).pluck().all(JSON.stringify(ids));
  return new Set(found.filter((v): v is number => typeof v === 'number'));
}
