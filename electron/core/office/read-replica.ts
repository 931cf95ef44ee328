// What the office server's reader threads need of the core: a read-only connection to the office file, one WAL
// snapshot per read, and the audit rows a read held for the writer (see core/db/read-replica.ts).
export { heldAuditSchema, inSnapshot, isReadOnlyWrite, openReadReplica, recordHeldAudit, type HeldAudit } from '../db/read-replica';
