// What the hosts (desktop, browser mode, CLI) need of the office's database file — open it, close it, check it,
// count it, tell busy from broken — without reaching into core/db, which only the core itself imports.
export { forRequest, type Db } from '../db/client';
export type { RequestContext } from '../db/request';
export { closeDatabase, openDatabase, type OpenOptions } from '../db/open';
export { checkDatabaseFile } from '../db/check';
export { domainTableCounts } from '../db/bulk';
export { busyMessage, isBusy } from '../db/busy';
export { findStudentIdByExternalId } from '../db/students';
