import type { backupsProcedures } from '../../../shared/api/backups';
import type { Handlers } from '../procedure';
import { backupsCreate, backupsList, backupsPreviewKeep, backupsRestore, backupsSetKeep } from './service';

export const backupsHandlers = {
  'backups.list': backupsList,
  'backups.create': backupsCreate,
  'backups.setKeep': backupsSetKeep,
  'backups.previewKeep': backupsPreviewKeep,
  'backups.restore': backupsRestore,
} satisfies Handlers<typeof backupsProcedures>;
