import type { ProcedureOutput } from '@shared/api/contract';
import { plural } from '@renderer/components/format';

/** What deleting a contact takes with it, in one sentence for the confirmation. */
export function deleteSummary(p: ProcedureOutput<'contacts.deletePreview'>): string {
  const parts = [
    p.connections > 0
      ? `${plural(p.connections, 'connection')} with ${plural(p.students, 'student')} and ${plural(p.interactions, 'logged interaction')} will be deleted`
      : 'No connections or logged interactions go with it',
  ];
  if (p.tasks > 0) parts.push(`${plural(p.tasks, 'task')} on them will be deleted`);
  if (p.placementsSupervised > 0) {
    parts.push(
      `${plural(p.placementsSupervised, 'placement')} ${p.placementsSupervised === 1 ? 'keeps its record' : 'keep their records'} without a supervisor`,
    );
  }
  return `${parts.join('; ')}.`;
}
