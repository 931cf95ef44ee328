import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { messageTemplatesSchema, type MessageTemplates, type WrapUp } from '../../../shared/api/wrap-up';
import { wrapUpItems, type WrapUpItem } from '../../../shared/domain';
import { defaultMessageTemplates } from '../../../shared/templates';
import type { Db } from '../db/client';
import { readSetting, writeSetting } from '../db/settings';
import { findStudent } from '../db/students';
import { wrapUpRows, type SupporterRow } from '../db/wrap-up';
import { addDays } from '../dates';
import { officeToday } from '../db/office-day';
import { notFound } from '../errors';

const templatesKey = 'templates.messages';

/** The day wrap-up item `item` was first done for this supporter, or null while it is open. */
export function doneOn(row: SupporterRow, item: WrapUpItem): string | null {
  switch (item) {
    case 'thank_you_note':
      return row.thankYouNoteOn;
    case 'thank_you_email':
      return row.thankYouEmailOn;
    case 'linkedin_connection':
      return row.linkedinOn;
    case 'milestone_update':
      return row.milestoneOn;
  }
}

/**
 * The internship wrap-up of each placement that ended or ends within 14 days: a checklist per
 * supporter whose items tick themselves from logged interactions.
 */
export function wrapUpForStudent(db: Db, input: ParsedInput<'wrapUp.forStudent'>, today = officeToday(db)): WrapUp[] {
  const student = findStudent(db, input.studentId);
  if (!student) throw notFound('student', input.studentId);
  const byPlacement = new Map<number, WrapUp>();
  for (const row of wrapUpRows(db, input.studentId, today)) {
    let wrapUp = byPlacement.get(row.placementId);
    if (!wrapUp) {
      wrapUp = {
        placementId: row.placementId,
        employerName: row.employerName,
        role: row.role,
        startOn: row.startOn,
        endOn: row.endOn,
        due: false,
        complete: false,
        studentPersonalEmail: student.personalEmail,
        studentPhone: student.phone,
        supporters: [],
      };
      byPlacement.set(row.placementId, wrapUp);
    }
    if (row.connectionId === null || row.contactId === null || row.contactName === null || row.relationship === null) continue;
    wrapUp.supporters.push({
      connectionId: row.connectionId,
      contactId: row.contactId,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      relationship: row.relationship,
      items: wrapUpItems.map((item) => ({ item, done: doneOn(row, item) !== null, doneOn: doneOn(row, item) })),
    });
  }
  const recent = addDays(today, -30);
  return (
    [...byPlacement.values()]
      .map((w) => {
        const complete = w.supporters.length > 0 && w.supporters.every((s) => s.items.every((i) => i.done));
        // Due once the placement has ended (or ends within 14 days, the rows' window) and is not complete.
        return { ...w, complete, due: !complete };
      })
      // A finished wrap-up stays in view for a month, then leaves the student page.
      .filter((w) => !w.complete || w.endOn >= recent)
  );
}

export function wrapUpTemplates(db: Db): MessageTemplates {
  const saved = messageTemplatesSchema.partial().safeParse(readSetting(db, templatesKey));
  return { ...defaultMessageTemplates, ...(saved.success ? saved.data : {}) };
}

export function wrapUpUpdateTemplates(db: Db, input: ParsedInput<'wrapUp.updateTemplates'>): ProcedureOutput<'wrapUp.updateTemplates'> {
  writeSetting(db, templatesKey, input.templates);
  return wrapUpTemplates(db);
}
