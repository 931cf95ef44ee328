import type { AuditAction } from '@shared/domain';

export const auditActionLabels: Record<AuditAction, string> = {
  create: 'Create',
  update: 'Update',
  archive: 'Archive',
  delete: 'Delete',
  import: 'Import',
  export: 'Export',
  bulk_change: 'Bulk change',
  demo: 'Demo data',
  backup: 'Backup',
  restore: 'Restore',
  sign_in: 'Sign in',
  sign_out: 'Sign out',
  sign_in_failed: 'Failed sign-in',
  refused: 'Refused',
};

// The audit log names entities as the core does; these are the ones advisors meet most, in their words.
const entityLabels = new Map<string, string>([
  ['reference_list', 'Reference list'],
  ['references', 'References'],
  ['readiness_report', 'Readiness report'],
  ['attendance', 'Event attendees'],
  ['settings', 'Settings'],
  ['dashboard', 'Dashboard figures'],
]);

/** "keep_in_touch_windows" → "Keep in touch windows", "notAgreed" → "Not agreed". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function entityLabel(entity: string): string {
  return entityLabels.get(entity) ?? humanize(entity);
}
