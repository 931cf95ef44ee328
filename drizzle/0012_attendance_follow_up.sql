DROP INDEX `attendance_student_idx`;--> statement-breakpoint
DROP INDEX `attendance_event_rsvp_idx`;--> statement-breakpoint
ALTER TABLE `attendance` ADD `followed_up_on` text;--> statement-breakpoint
CREATE INDEX `attendance_student_idx` ON `attendance` (`student_id`,`checked_in_at`,`event_id`,`rsvp`,`followed_up_on`);--> statement-breakpoint
CREATE INDEX `attendance_event_rsvp_idx` ON `attendance` (`event_id`,`rsvp`,`checked_in_at`,`student_id`,`followed_up_on`);--> statement-breakpoint
-- attendance.followed_up_on: the first thank-you or LinkedIn connection, on or after the meeting, to someone the
-- student met at the event (a conversation logged on it). Any write that could move it recomputes the
-- student's attendance rows (a handful) in the same transaction; the dashboard's funnel then reads an index.
UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
WHERE EXISTS (SELECT 1 FROM interactions i WHERE i.event_id = attendance.event_id AND i.kind = 'conversation');--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM interactions i WHERE i.event_id = new.event_id AND i.kind = 'conversation') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_insert AFTER INSERT ON interactions
WHEN new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = new.connection_id);
END;--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_delete AFTER DELETE ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = old.connection_id);
END;--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_update AFTER UPDATE OF kind, occurred_on, connection_id, event_id ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') OR new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE student_id IN (SELECT student_id FROM connections WHERE id IN (old.connection_id, new.connection_id));
END;--> statement-breakpoint
-- A deleted connection takes its meetings with it (its interactions go by cascade, possibly after this row).
CREATE TRIGGER attendance_followed_up_connection_delete AFTER DELETE ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE student_id = old.student_id AND followed_up_on IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_connection_student AFTER UPDATE OF student_id ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = attendance.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = attendance.student_id)
	WHERE student_id IN (old.student_id, new.student_id);
END;
