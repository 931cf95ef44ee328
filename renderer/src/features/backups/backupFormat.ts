import type { Backup } from '@shared/api/backups';
import { formatDateTime, plural } from '@renderer/components/format';

/**
 * "25 Nov 2026, 14:05:32" in the advisor's time zone. Seconds are shown because a manual copy and a
 * before-restore copy are often made within the same minute, and each row's Restore button is named by it.
 */
export function formatBackupTime(value: string): string {
  return formatDateTime(value, { seconds: true });
}

/** "2.4 MB", or "512 KB" below a megabyte; a database is never usefully measured in bytes. */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb)).toLocaleString('en-US')} KB`;
  const mb = kb / 1024;
  return `${mb.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** "120 students, 40 contacts, 300 connections, 800 interactions and 12 events". */
export function describeCounts(counts: Backup['counts']): string {
  return (
    [
      plural(counts.students, 'student'),
      plural(counts.contacts, 'contact'),
      plural(counts.connections, 'connection'),
      plural(counts.interactions, 'interaction'),
    ].join(', ') + ` and ${plural(counts.events, 'event')}`
  );
}
