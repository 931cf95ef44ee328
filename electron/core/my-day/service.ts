import type { ParsedInput } from '../../../shared/api/contract';
import type { MyDay } from '../../../shared/api/my-day';
import { wrapUpItems } from '../../../shared/domain';
import type { Db } from '../db/client';
import { findAdvisor } from '../db/advisors';
import { wrapUpsDue } from '../db/dashboard';
import { losingTouch } from '../db/keep-in-touch';
import { doneThisWeek, followUpsOwed, goalsEnding, referencesToAskOrConfirm } from '../db/my-day';
import { officeToday } from '../db/office-day';
import { findStudent } from '../db/students';
import { wrapUpRows } from '../db/wrap-up';
import { dashboardScope } from '../dashboard/scope';
import { actingAdvisorId } from '../office/settings';
import { doneOn } from '../wrap-up/service';

/** Rows per list: My day is a glance; "and 14 more" links to the full list. */
const shown = 6;

/** Whose day it is: the advisor the caller acts as (office/settings.ts). */
function myAdvisor(db: Db) {
  const advisorId = actingAdvisorId(db);
  return advisorId === null ? undefined : findAdvisor(db, advisorId);
}

const nothing = { total: 0, rows: [] };

/** The first supporter of the placement still to thank and their first open wrap-up item (the checklist's order). */
function nextWrapUpStep(db: Db, studentId: number, placementId: number, today: string): MyDay['wrapUps']['rows'][number]['next'] {
  const student = findStudent(db, studentId);
  const detailsOnRecord = Boolean(student?.personalEmail && student.phone);
  for (const row of wrapUpRows(db, studentId, today)) {
    if (row.placementId !== placementId || row.connectionId === null || row.contactId === null || row.contactName === null) continue;
    const item = wrapUpItems.find((candidate) => doneOn(row, candidate) === null);
    if (item) return { connectionId: row.connectionId, contactId: row.contactId, contactName: row.contactName, item, detailsOnRecord };
  }
  return null;
}

export function myDayGet(db: Db, _input: ParsedInput<'myDay.get'>, now = new Date()): MyDay {
  const today = officeToday(db, now);
  const advisor = myAdvisor(db);
  const mayChooseAdvisor = !db.request;
  if (!advisor) {
    const none = { ...nothing, cooling: 0 };
    const done = { wrapUpMessages: 0, touches: 0, followUps: 0, goalsMet: 0, referencesAgreed: 0 };
    return {
      advisor: null,
      mayChooseAdvisor,
      today,
      wrapUps: nothing,
      losingTouch: none,
      followUps: nothing,
      goalsEnding: nothing,
      references: nothing,
      doneThisWeek: done,
    };
  }
  const caseload = { advisorId: advisor.id, today, limit: shown };
  const wrapUps = wrapUpsDue(db, dashboardScope(db, { advisorId: advisor.id }), today, shown);
  // Losing touch is stale (past the maximum window), as on the dashboard, the caseload filter and its own page.
  const touch = { today, advisorId: advisor.id, direction: 'desc', page: 1 } as const;
  const stale = losingTouch(db, { ...touch, state: 'stale', pageSize: shown });
  const cooling = losingTouch(db, { ...touch, state: 'cooling', pageSize: 1 }).total;
  return {
    advisor: { id: advisor.id, name: advisor.name },
    mayChooseAdvisor,
    today,
    wrapUps: {
      total: wrapUps.total,
      rows: wrapUps.rows.map((row) => ({ ...row, next: nextWrapUpStep(db, row.studentId, row.placementId, today) })),
    },
    losingTouch: {
      total: stale.total,
      cooling,
      rows: stale.rows.map((row) => ({
        connectionId: row.connectionId,
        studentId: row.studentId,
        studentName: row.studentName,
        contactId: row.contactId,
        contactName: row.contactName,
        relationship: row.relationship,
        lastTouchOn: row.lastTouchOn ?? today,
        overdueDays: row.overdueDays,
        suggestedKind: row.suggestedKind,
      })),
    },
    followUps: followUpsOwed(db, caseload),
    goalsEnding: goalsEnding(db, caseload),
    references: referencesToAskOrConfirm(db, caseload),
    doneThisWeek: doneThisWeek(db, caseload),
  };
}
