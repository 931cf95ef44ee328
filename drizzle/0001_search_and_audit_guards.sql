-- Full-text search over students and contacts (name, email, external id), kept in step by triggers.
-- External-content FTS5 tables: the text lives once, in students/contacts.
CREATE VIRTUAL TABLE `students_fts` USING fts5(
	external_id, first_name, last_name, preferred_name, school_email, personal_email,
	content='students', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
--> statement-breakpoint
CREATE TRIGGER `students_fts_after_insert` AFTER INSERT ON `students` BEGIN
	INSERT INTO students_fts(rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES (new.id, new.external_id, new.first_name, new.last_name, new.preferred_name, new.school_email, new.personal_email);
END;
--> statement-breakpoint
CREATE TRIGGER `students_fts_after_delete` AFTER DELETE ON `students` BEGIN
	INSERT INTO students_fts(students_fts, rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES ('delete', old.id, old.external_id, old.first_name, old.last_name, old.preferred_name, old.school_email, old.personal_email);
END;
--> statement-breakpoint
CREATE TRIGGER `students_fts_after_update` AFTER UPDATE OF external_id, first_name, last_name, preferred_name, school_email, personal_email ON `students` BEGIN
	INSERT INTO students_fts(students_fts, rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES ('delete', old.id, old.external_id, old.first_name, old.last_name, old.preferred_name, old.school_email, old.personal_email);
	INSERT INTO students_fts(rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES (new.id, new.external_id, new.first_name, new.last_name, new.preferred_name, new.school_email, new.personal_email);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `contacts_fts` USING fts5(
	first_name, last_name, email, title,
	content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_insert` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO contacts_fts(rowid, first_name, last_name, email, title)
	VALUES (new.id, new.first_name, new.last_name, new.email, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_delete` AFTER DELETE ON `contacts` BEGIN
	INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, title)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.title);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_update` AFTER UPDATE OF first_name, last_name, email, title ON `contacts` BEGIN
	INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, title)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.title);
	INSERT INTO contacts_fts(rowid, first_name, last_name, email, title)
	VALUES (new.id, new.first_name, new.last_name, new.email, new.title);
END;
--> statement-breakpoint
-- The audit log is append-only: no statement may change or remove history.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
