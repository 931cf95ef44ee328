-- One definition of each trigger-kept fact, as a view over the records: the triggers that keep the stored column
-- read it (the same expressions as 0003, 0008, 0010 and 0012, moved here), and `rapport check` compares every
-- stored value with it. Readiness windows already have theirs (reference_windows, 0008).
CREATE VIEW `connection_clocks` AS
SELECT c.id AS connection_id, (SELECT max(i.occurred_on) FROM interactions i WHERE i.connection_id = c.id) AS last_interaction_on
FROM connections c;
--> statement-breakpoint
CREATE VIEW `student_activity` AS
SELECT s.id AS student_id, (SELECT max(c.last_interaction_on) FROM connections c WHERE c.student_id = s.id) AS last_activity_on
FROM students s;
--> statement-breakpoint
CREATE VIEW `student_reference_candidates` AS
SELECT s.id AS student_id, (SELECT count(*) FROM reference_facts f WHERE f.student_id = s.id AND f.candidate) AS reference_candidates
FROM students s;
--> statement-breakpoint
CREATE VIEW `attendance_follow_ups` AS
SELECT a.id AS attendance_id, (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = a.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = a.student_id) AS followed_up_on
FROM attendance a;
--> statement-breakpoint
DROP TRIGGER `interactions_clock_after_update`;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_after_update` AFTER UPDATE OF occurred_on, connection_id ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT v.last_interaction_on FROM connection_clocks v WHERE v.connection_id = connections.id)
	WHERE id IN (old.connection_id, new.connection_id);
END;
--> statement-breakpoint
DROP TRIGGER `interactions_clock_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_after_delete` AFTER DELETE ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT v.last_interaction_on FROM connection_clocks v WHERE v.connection_id = connections.id)
	WHERE id = old.connection_id;
END;
--> statement-breakpoint
DROP TRIGGER `connections_candidates_after_update`;
--> statement-breakpoint
CREATE TRIGGER `connections_candidates_after_update` AFTER UPDATE OF relationship, reference_status, student_id ON `connections` BEGIN
	UPDATE students SET reference_candidates = (SELECT v.reference_candidates FROM student_reference_candidates v WHERE v.student_id = students.id)
	WHERE id IN (old.student_id, new.student_id);
END;
--> statement-breakpoint
DROP TRIGGER `students_last_activity_connection_back`;
--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_back AFTER UPDATE OF last_interaction_on, student_id ON connections
WHEN new.student_id <> old.student_id OR new.last_interaction_on IS NULL OR new.last_interaction_on < coalesce(old.last_interaction_on, '') BEGIN
	UPDATE students SET last_activity_on = (SELECT v.last_activity_on FROM student_activity v WHERE v.student_id = students.id) WHERE id IN (old.student_id, new.student_id);
END;
--> statement-breakpoint
DROP TRIGGER `students_last_activity_connection_delete`;
--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_delete AFTER DELETE ON connections
WHEN old.last_interaction_on IS NOT NULL BEGIN
	UPDATE students SET last_activity_on = (SELECT v.last_activity_on FROM student_activity v WHERE v.student_id = students.id) WHERE id = old.student_id;
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_attendance_insert`;
--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM interactions i WHERE i.event_id = new.event_id AND i.kind = 'conversation') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_interaction_insert`;
--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_insert AFTER INSERT ON interactions
WHEN new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = new.connection_id);
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_interaction_delete`;
--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_delete AFTER DELETE ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = old.connection_id);
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_interaction_update`;
--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_interaction_update AFTER UPDATE OF kind, occurred_on, connection_id, event_id ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') OR new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id IN (SELECT student_id FROM connections WHERE id IN (old.connection_id, new.connection_id));
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_connection_delete`;
--> statement-breakpoint
-- A deleted connection takes its meetings with it (its interactions go by cascade, possibly after this row).
CREATE TRIGGER attendance_followed_up_connection_delete AFTER DELETE ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = old.student_id AND followed_up_on IS NOT NULL;
END;
--> statement-breakpoint
DROP TRIGGER `attendance_followed_up_connection_student`;
--> statement-breakpoint
CREATE TRIGGER attendance_followed_up_connection_student AFTER UPDATE OF student_id ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id IN (old.student_id, new.student_id);
END;
