ALTER TABLE `events` ADD `sequence` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Calendars replace an imported event by a copy with a higher SEQUENCE (RFC 5545 §3.8.7.4). It moves on when the
-- time or the place changes (the link is the place of a virtual or hybrid event; a new format is a new place) and
-- when the event is cancelled or brought back, whoever writes (a form, an import, the office server); a writer that
-- sets the sequence itself is left alone. A title or description change keeps it: calendars take those anyway.
CREATE TRIGGER `events_sequence` AFTER UPDATE OF starts_at, ends_at, location, link, format, status ON `events`
WHEN new.sequence = old.sequence AND (old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at OR old.location IS NOT new.location
	OR old.format IS NOT new.format OR (old.link IS NOT new.link AND new.format <> 'in_person')
	OR (old.status = 'cancelled') <> (new.status = 'cancelled')) BEGIN
	UPDATE `events` SET sequence = old.sequence + 1 WHERE id = new.id;
END;--> statement-breakpoint
-- The office's own id, made once per office database (existing ones here, new ones when they are created): event
-- UIDs carry it, so two offices never hand out the same UID. A backup holds it, so a restore keeps it; it never
-- changes afterwards.
INSERT OR IGNORE INTO `settings` (`key`, `value`) VALUES ('office.id', json_quote(lower(hex(randomblob(16)))));--> statement-breakpoint
CREATE TRIGGER `settings_office_id_kept` BEFORE UPDATE ON `settings` WHEN old.key = 'office.id' BEGIN
	SELECT RAISE(ABORT, 'The office id never changes: calendars know its events by it.');
END;--> statement-breakpoint
CREATE TRIGGER `settings_office_id_not_deleted` BEFORE DELETE ON `settings` WHEN old.key = 'office.id' BEGIN
	SELECT RAISE(ABORT, 'The office id never changes: calendars know its events by it.');
END;
