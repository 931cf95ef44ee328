import { dailyBackupIfDue } from '../core/backups/service';
import type { Db } from '../core/office/database';

/** The first start of the day makes a verified copy (browser mode and the office server alike). */
export async function dailyBackup(db: Db): Promise<void> {
  try {
    const backup = await dailyBackupIfDue(db);
    if (backup) console.log(`Daily backup: backups/${backup.fileName}`);
  } catch (error) {
    // A failed copy must not keep the office from working; it is said, and tried again tomorrow.
    console.error(`rapport: the daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
