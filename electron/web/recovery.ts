import { join } from 'node:path';
import { recoveryRestoreInput } from '../../shared/api/recovery';
import { restoreOntoEmptyPath } from '../core/backups/service';
import { backupsFolder, listBackups } from '../core/backups/store';
import { openDatabase, type OpenOptions } from '../core/office/database';
import { AppError } from '../core/errors';
import type { RecoveryHandlers } from './server';

/** Browser mode's answers while the database is moved aside: what happened, the backups, and the two ways on. */
export function recoveryHandlers(message: string, movedTo: string, openOptions: OpenOptions): RecoveryHandlers {
  const folder = backupsFolder(openOptions.path);
  return {
    status: () => ({ message, movedTo, backups: listBackups(openOptions.path) }),
    restore: async (input) => {
      const parsed = recoveryRestoreInput.safeParse(input);
      if (!parsed.success)
        throw new AppError('invalid_input', 'fileName must be the name of a backup in the backups folder.', {
          field: 'fileName',
        });
      return restoreOntoEmptyPath(openOptions, join(folder, parsed.data.fileName));
    },
    // Only on the person's explicit choice: an empty office never silently replaces their data.
    startEmpty: () => openDatabase({ ...openOptions, startEmpty: true }),
  };
}
