import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { KeepInTouchWindow } from '../../../shared/api/keep-in-touch';
import type { InteractionKind } from '../../../shared/domain';
import { changeWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { losingTouch, readWindows, writeWindows } from '../db/keep-in-touch';
import { officeToday } from '../db/office-day';
import { getSettings } from '../office/settings';

export function keepInTouchWindows(db: Db): KeepInTouchWindow[] {
  return readWindows(db);
}

export function keepInTouchUpdateWindows(db: Db, input: ParsedInput<'keepInTouch.updateWindows'>): KeepInTouchWindow[] {
  const entry = { action: 'update', entity: 'keep_in_touch_windows', count: input.windows.length, details: { windows: input.windows } } as const;
  changeWithAudit(db, entry, () => writeWindows(db, input.windows));
  return readWindows(db);
}

/** "7 months ago", "3 weeks ago": how long ago, in the words an advisor would use. */
export function agoInWords(days: number): string {
  if (days < 14) return days === 1 ? '1 day ago' : `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 730) return `${Math.round(days / 30.4)} months ago`;
  return `${Math.round(days / 365)} years ago`;
}

const actions: Record<Extract<InteractionKind, 'thank_you_email' | 'linkedin_connection' | 'milestone_update'>, (name: string) => string> = {
  thank_you_email: (name) => `Send ${name} a thank-you email`,
  linkedin_connection: (name) => `Connect with ${name} on LinkedIn`,
  milestone_update: (name) => `Send ${name} a milestone update`,
};

function suggestion(kind: InteractionKind, contactName: string, days: number, lastTouchOn: string | null): string {
  const action =
    kind === 'thank_you_email' || kind === 'linkedin_connection' || kind === 'milestone_update'
      ? actions[kind](contactName)
      : `Get in touch with ${contactName}`;
  return lastTouchOn === null ? `${action}: no contact logged since connecting ${agoInWords(days)}` : `${action}: last contact ${agoInWords(days)}`;
}

export function keepInTouchLosingTouch(
  db: Db,
  input: ParsedInput<'keepInTouch.losingTouch'>,
  today = officeToday(db),
): ProcedureOutput<'keepInTouch.losingTouch'> {
  // Not given: the advisor this computer acts as (whole office if none); null: the whole office.
  const advisorId = input.advisorId === undefined ? getSettings(db).currentAdvisorId : input.advisorId;
  const { rows, total } = losingTouch(db, { ...input, advisorId, today });
  return {
    total,
    rows: rows.map(({ contactFirstName: _first, ...row }) => ({
      ...row,
      suggestion: suggestion(row.suggestedKind, row.contactName, row.daysSinceTouch, row.lastTouchOn),
    })),
  };
}
