-- The audit log is append-only. UPDATE and DELETE are refused (0001), but INSERT OR REPLACE with an
-- existing id removes the old row without firing a DELETE trigger: refuse an insert onto an existing id.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = new.id) BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
