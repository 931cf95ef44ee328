-- drizzle/current-rules.sql: the views and triggers of a database with every migration applied (from sqlite_schema).
-- Written by `npm run db:rules`; do not edit. Change the rules with a new migration, then run the script:
-- tests/integration/current-rules.test.ts fails while this file differs from what the migrations make.

-- ---- Views ----

CREATE VIEW `attendance_follow_ups` AS
SELECT a.id AS attendance_id, (SELECT min(f.occurred_on) FROM connections c2
		JOIN interactions i2 ON i2.connection_id = c2.id AND i2.event_id = a.event_id AND i2.kind = 'conversation'
		JOIN interactions f ON f.connection_id = c2.id AND f.kind IN ('thank_you_note', 'thank_you_email', 'linkedin_connection') AND f.occurred_on >= i2.occurred_on
		WHERE c2.student_id = a.student_id) AS followed_up_on
FROM attendance a;

CREATE VIEW `connection_clocks` AS
SELECT c.id AS connection_id, (SELECT max(i.occurred_on) FROM interactions i WHERE i.connection_id = c.id) AS last_interaction_on
FROM connections c;

CREATE VIEW `reference_facts` AS
SELECT
	c.id AS connection_id,
	c.student_id,
	(c.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND c.reference_status <> 'declined') AS candidate,
	c.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee') AS strong,
	coalesce(c.since_on, p.start_on) AS known_since,
	date(coalesce(c.since_on, p.start_on), '+' || coalesce((SELECT json_extract(s.value, '$.knownMonths') FROM settings s WHERE s.key = 'readiness.rules'), 6) || ' months') AS known_enough_on,
	-- A thank-you counts from two weeks before a placement ends (as the wrap-up does), or from the informational interview.
	CASE WHEN c.placement_id IS NOT NULL THEN date(p.end_on, '-14 days')
		WHEN c.relationship = 'informational_interview' THEN (SELECT max(j.occurred_on) FROM interactions j WHERE j.connection_id = c.id AND j.kind = 'informational_interview')
	END AS thank_from,
	(SELECT max(i.occurred_on) FROM interactions i WHERE i.connection_id = c.id AND i.kind IN ('thank_you_note', 'thank_you_email')) AS last_thanked_on,
	EXISTS (SELECT 1 FROM interactions i WHERE i.connection_id = c.id AND i.kind IN ('thank_you_note', 'thank_you_email')
		AND i.occurred_on >= coalesce(CASE WHEN c.placement_id IS NOT NULL THEN date(p.end_on, '-14 days')
			WHEN c.relationship = 'informational_interview' THEN (SELECT max(j.occurred_on) FROM interactions j WHERE j.connection_id = c.id AND j.kind = 'informational_interview') END, '')) AS thanked,
	EXISTS (SELECT 1 FROM interactions i WHERE i.connection_id = c.id AND (i.kind = 'contact_details_shared' OR i.shared_contact_details = 1)) AS details_shared,
	coalesce(CASE ct.preferred_method WHEN 'email' THEN ct.email IS NOT NULL WHEN 'phone' THEN ct.phone IS NOT NULL
		ELSE ct.email IS NOT NULL OR ct.phone IS NOT NULL END, 0) AS contact_on_file,
	date(ct.verified_on, '+12 months') AS verified_until,
	coalesce(c.last_interaction_on, c.since_on, c.recorded_on) AS last_touch,
	date(coalesce(c.last_interaction_on, c.since_on, c.recorded_on), '+' || w.max_days || ' days') AS in_touch_until,
	(c.reference_status = 'agreed' AND c.reference_status_on IS NOT NULL) AS permission,
	coalesce(c.reference_status = 'agreed' AND c.resume_shared_on >= c.reference_status_on, 0) AS resume_shared
FROM connections c
JOIN contacts ct ON ct.id = c.contact_id
JOIN keep_in_touch_windows w ON w.relationship = c.relationship
LEFT JOIN placements p ON p.id = c.placement_id;

CREATE VIEW `reference_windows` AS
SELECT connection_id,
	CASE WHEN candidate AND permission AND resume_shared AND thanked AND details_shared AND contact_on_file AND verified_until IS NOT NULL
		THEN known_enough_on END AS ready_from,
	CASE WHEN candidate AND permission AND resume_shared AND thanked AND details_shared AND contact_on_file AND known_enough_on IS NOT NULL
		THEN min(in_touch_until, verified_until) END AS ready_until
FROM reference_facts;

CREATE VIEW `student_activity` AS
SELECT s.id AS student_id, (SELECT max(c.last_interaction_on) FROM connections c WHERE c.student_id = s.id) AS last_activity_on
FROM students s;

CREATE VIEW `student_reference_candidates` AS
SELECT s.id AS student_id, (SELECT count(*) FROM reference_facts f WHERE f.student_id = s.id AND f.candidate) AS reference_candidates
FROM students s;

-- ---- Triggers on advising_notes ----

CREATE TRIGGER `advising_notes_version` AFTER UPDATE OF student_id, kind, occurred_on, body, advisor_id ON `advising_notes`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.kind IS NOT new.kind OR old.occurred_on IS NOT new.occurred_on OR old.body IS NOT new.body OR old.advisor_id IS NOT new.advisor_id) BEGIN
	UPDATE `advising_notes` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on attendance ----

CREATE TRIGGER attendance_followed_up_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM interactions i WHERE i.event_id = new.event_id AND i.kind = 'conversation') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE id = new.id;
END;

CREATE TRIGGER event_attendance_counts_delete AFTER DELETE ON attendance BEGIN
	UPDATE event_attendance_counts SET invited = invited - 1, rsvp_registered = rsvp_registered - (old.rsvp = 'registered'),
		registered = registered - (old.rsvp = 'registered' OR old.checked_in_at IS NOT NULL), attended = attended - (old.checked_in_at IS NOT NULL),
		followed_up = followed_up - (old.checked_in_at IS NOT NULL AND old.followed_up_on IS NOT NULL)
	WHERE event_id = old.event_id;
END;

CREATE TRIGGER event_attendance_counts_insert AFTER INSERT ON attendance BEGIN
	INSERT INTO event_attendance_counts (event_id, invited, rsvp_registered, registered, attended, followed_up)
	VALUES (new.event_id, 1, new.rsvp = 'registered', new.rsvp = 'registered' OR new.checked_in_at IS NOT NULL, new.checked_in_at IS NOT NULL, new.checked_in_at IS NOT NULL AND new.followed_up_on IS NOT NULL)
	ON CONFLICT (event_id) DO UPDATE SET invited = invited + excluded.invited, rsvp_registered = rsvp_registered + excluded.rsvp_registered,
		registered = registered + excluded.registered, attended = attended + excluded.attended, followed_up = followed_up + excluded.followed_up;
END;

CREATE TRIGGER event_attendance_counts_update AFTER UPDATE OF event_id, rsvp, checked_in_at, followed_up_on ON attendance BEGIN
	INSERT INTO event_attendance_counts (event_id, invited, rsvp_registered, registered, attended, followed_up)
	SELECT old.event_id, -1, -(old.rsvp = 'registered'), -(old.rsvp = 'registered' OR old.checked_in_at IS NOT NULL), -(old.checked_in_at IS NOT NULL),
		-(old.checked_in_at IS NOT NULL AND old.followed_up_on IS NOT NULL)
	WHERE EXISTS (SELECT 1 FROM events WHERE id = old.event_id)
	ON CONFLICT (event_id) DO UPDATE SET invited = invited + excluded.invited, rsvp_registered = rsvp_registered + excluded.rsvp_registered,
		registered = registered + excluded.registered, attended = attended + excluded.attended, followed_up = followed_up + excluded.followed_up;
	INSERT INTO event_attendance_counts (event_id, invited, rsvp_registered, registered, attended, followed_up)
	SELECT new.event_id, 1, new.rsvp = 'registered', new.rsvp = 'registered' OR new.checked_in_at IS NOT NULL, new.checked_in_at IS NOT NULL,
		new.checked_in_at IS NOT NULL AND new.followed_up_on IS NOT NULL
	WHERE EXISTS (SELECT 1 FROM events WHERE id = new.event_id)
	ON CONFLICT (event_id) DO UPDATE SET invited = invited + excluded.invited, rsvp_registered = rsvp_registered + excluded.rsvp_registered,
		registered = registered + excluded.registered, attended = attended + excluded.attended, followed_up = followed_up + excluded.followed_up;
END;

-- ---- Triggers on audit_log ----

CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = new.id) BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;

-- ---- Triggers on connections ----

CREATE TRIGGER attendance_followed_up_connection_delete AFTER DELETE ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = old.student_id AND followed_up_on IS NOT NULL;
END;

CREATE TRIGGER attendance_followed_up_connection_student AFTER UPDATE OF student_id ON connections BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id IN (old.student_id, new.student_id);
END;

CREATE TRIGGER `connections_candidates_after_delete` AFTER DELETE ON `connections`
WHEN old.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND old.reference_status <> 'declined' BEGIN
	UPDATE students SET reference_candidates = reference_candidates - 1 WHERE id = old.student_id;
END;

CREATE TRIGGER `connections_candidates_after_insert` AFTER INSERT ON `connections`
WHEN new.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND new.reference_status <> 'declined' BEGIN
	UPDATE students SET reference_candidates = reference_candidates + 1 WHERE id = new.student_id;
END;

CREATE TRIGGER `connections_candidates_after_update` AFTER UPDATE OF relationship, reference_status, student_id ON `connections` BEGIN
	UPDATE students SET reference_candidates = (SELECT v.reference_candidates FROM student_reference_candidates v WHERE v.student_id = students.id)
	WHERE id IN (old.student_id, new.student_id);
END;

CREATE TRIGGER `connections_ready_after_insert` AFTER INSERT ON `connections` WHEN new.reference_status = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.id) WHERE id = new.id;
END;

CREATE TRIGGER `connections_ready_after_update` AFTER UPDATE OF relationship, reference_status, reference_status_on, resume_shared_on, since_on, placement_id, contact_id, last_interaction_on ON `connections`
WHEN new.reference_status = 'agreed' OR old.reference_status = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.id) WHERE id = new.id;
END;

CREATE TRIGGER `connections_version` AFTER UPDATE OF student_id, contact_id, relationship, context, since_on, placement_id, reference_status, reference_status_on, resume_shared_on ON `connections`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.contact_id IS NOT new.contact_id OR old.relationship IS NOT new.relationship OR old.context IS NOT new.context OR old.since_on IS NOT new.since_on OR old.placement_id IS NOT new.placement_id OR old.reference_status IS NOT new.reference_status OR old.reference_status_on IS NOT new.reference_status_on OR old.resume_shared_on IS NOT new.resume_shared_on) BEGIN
	UPDATE `connections` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

CREATE TRIGGER students_last_activity_connection_back AFTER UPDATE OF last_interaction_on, student_id ON connections
WHEN new.student_id <> old.student_id OR new.last_interaction_on IS NULL OR new.last_interaction_on < coalesce(old.last_interaction_on, '') BEGIN
	UPDATE students SET last_activity_on = (SELECT v.last_activity_on FROM student_activity v WHERE v.student_id = students.id) WHERE id IN (old.student_id, new.student_id);
END;

CREATE TRIGGER students_last_activity_connection_delete AFTER DELETE ON connections
WHEN old.last_interaction_on IS NOT NULL BEGIN
	UPDATE students SET last_activity_on = (SELECT v.last_activity_on FROM student_activity v WHERE v.student_id = students.id) WHERE id = old.student_id;
END;

CREATE TRIGGER students_last_activity_connection_forward AFTER UPDATE OF last_interaction_on ON connections
WHEN new.student_id = old.student_id AND new.last_interaction_on IS NOT NULL AND new.last_interaction_on >= coalesce(old.last_interaction_on, '') BEGIN
	UPDATE students SET last_activity_on = new.last_interaction_on WHERE id = new.student_id AND coalesce(last_activity_on, '') < new.last_interaction_on;
END;

CREATE TRIGGER students_last_activity_connection_insert AFTER INSERT ON connections
WHEN new.last_interaction_on IS NOT NULL BEGIN
	UPDATE students SET last_activity_on = new.last_interaction_on WHERE id = new.student_id AND coalesce(last_activity_on, '') < new.last_interaction_on;
END;

-- ---- Triggers on contacts ----

CREATE TRIGGER `contacts_fts_after_delete` AFTER DELETE ON `contacts` BEGIN
	INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, title)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.title);
END;

CREATE TRIGGER `contacts_fts_after_insert` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO contacts_fts(rowid, first_name, last_name, email, title)
	VALUES (new.id, new.first_name, new.last_name, new.email, new.title);
END;

CREATE TRIGGER `contacts_fts_after_update` AFTER UPDATE OF first_name, last_name, email, title ON `contacts` BEGIN
	INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, title)
	VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.title);
	INSERT INTO contacts_fts(rowid, first_name, last_name, email, title)
	VALUES (new.id, new.first_name, new.last_name, new.email, new.title);
END;

CREATE TRIGGER `contacts_name_key_insert` AFTER INSERT ON `contacts` BEGIN
	UPDATE `contacts` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;

CREATE TRIGGER `contacts_name_key_update` AFTER UPDATE OF first_name, last_name ON `contacts` BEGIN
	UPDATE `contacts` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;

CREATE TRIGGER `contacts_ready_after_update` AFTER UPDATE OF email, phone, preferred_method, verified_on ON `contacts` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE contact_id = new.id AND reference_status = 'agreed';
END;

CREATE TRIGGER `contacts_version` AFTER UPDATE OF first_name, last_name, title, department, employer_id, email, phone, preferred_method, linkedin_url, verified_on, is_mentor, mentor_capacity, notes ON `contacts`
WHEN new.version = old.version AND (old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.title IS NOT new.title OR old.department IS NOT new.department OR old.employer_id IS NOT new.employer_id OR old.email IS NOT new.email OR old.phone IS NOT new.phone OR old.preferred_method IS NOT new.preferred_method OR old.linkedin_url IS NOT new.linkedin_url OR old.verified_on IS NOT new.verified_on OR old.is_mentor IS NOT new.is_mentor OR old.mentor_capacity IS NOT new.mentor_capacity OR old.notes IS NOT new.notes) BEGIN
	UPDATE `contacts` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on employers ----

CREATE TRIGGER `employers_version` AFTER UPDATE OF name, industry, website, location, notes ON `employers`
WHEN new.version = old.version AND (old.name IS NOT new.name OR old.industry IS NOT new.industry OR old.website IS NOT new.website OR old.location IS NOT new.location OR old.notes IS NOT new.notes) BEGIN
	UPDATE `employers` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on events ----

CREATE TRIGGER `events_sequence` AFTER UPDATE OF starts_at, ends_at, location, link, format, status ON `events`
WHEN new.sequence = old.sequence AND (old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at OR old.location IS NOT new.location
	OR old.format IS NOT new.format OR (old.link IS NOT new.link AND new.format <> 'in_person')
	OR (old.status = 'cancelled') <> (new.status = 'cancelled')) BEGIN
	UPDATE `events` SET sequence = old.sequence + 1 WHERE id = new.id;
END;

CREATE TRIGGER `events_version` AFTER UPDATE OF title, kind, format, starts_at, ends_at, location, link, capacity, description, prep_notes, status ON `events`
WHEN new.version = old.version AND (old.title IS NOT new.title OR old.kind IS NOT new.kind OR old.format IS NOT new.format OR old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at OR old.location IS NOT new.location OR old.link IS NOT new.link OR old.capacity IS NOT new.capacity OR old.description IS NOT new.description OR old.prep_notes IS NOT new.prep_notes OR old.status IS NOT new.status) BEGIN
	UPDATE `events` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on goals ----

CREATE TRIGGER `goals_version` AFTER UPDATE OF student_id, kind, description, target_count, window_start_on, window_end_on, event_id, template_id, manual_adjustment, reflection ON `goals`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.kind IS NOT new.kind OR old.description IS NOT new.description OR old.target_count IS NOT new.target_count OR old.window_start_on IS NOT new.window_start_on OR old.window_end_on IS NOT new.window_end_on OR old.event_id IS NOT new.event_id OR old.template_id IS NOT new.template_id OR old.manual_adjustment IS NOT new.manual_adjustment OR old.reflection IS NOT new.reflection) BEGIN
	UPDATE `goals` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on interactions ----

CREATE TRIGGER attendance_followed_up_interaction_delete AFTER DELETE ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = old.connection_id);
END;

CREATE TRIGGER attendance_followed_up_interaction_insert AFTER INSERT ON interactions
WHEN new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id = (SELECT student_id FROM connections WHERE id = new.connection_id);
END;

CREATE TRIGGER attendance_followed_up_interaction_update AFTER UPDATE OF kind, occurred_on, connection_id, event_id ON interactions
WHEN old.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') OR new.kind IN ('conversation', 'thank_you_note', 'thank_you_email', 'linkedin_connection') BEGIN
	UPDATE attendance SET followed_up_on = (SELECT v.followed_up_on FROM attendance_follow_ups v WHERE v.attendance_id = attendance.id)
	WHERE student_id IN (SELECT student_id FROM connections WHERE id IN (old.connection_id, new.connection_id));
END;

CREATE TRIGGER `interactions_clock_after_delete` AFTER DELETE ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT v.last_interaction_on FROM connection_clocks v WHERE v.connection_id = connections.id)
	WHERE id = old.connection_id;
END;

CREATE TRIGGER `interactions_clock_after_insert` AFTER INSERT ON `interactions`
WHEN new.occurred_on > coalesce((SELECT last_interaction_on FROM connections WHERE id = new.connection_id), '') BEGIN
	UPDATE connections SET last_interaction_on = new.occurred_on WHERE id = new.connection_id;
END;

CREATE TRIGGER `interactions_clock_after_update` AFTER UPDATE OF occurred_on, connection_id ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT v.last_interaction_on FROM connection_clocks v WHERE v.connection_id = connections.id)
	WHERE id IN (old.connection_id, new.connection_id);
END;

CREATE TRIGGER `interactions_ready_after_delete` AFTER DELETE ON `interactions`
WHEN (SELECT reference_status FROM connections WHERE id = old.connection_id) = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = old.connection_id) WHERE id = old.connection_id;
END;

CREATE TRIGGER `interactions_ready_after_insert` AFTER INSERT ON `interactions`
WHEN (SELECT reference_status FROM connections WHERE id = new.connection_id) = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.connection_id) WHERE id = new.connection_id;
END;

CREATE TRIGGER `interactions_ready_after_update` AFTER UPDATE ON `interactions` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE id IN (old.connection_id, new.connection_id) AND reference_status = 'agreed';
END;

CREATE TRIGGER `interactions_version` AFTER UPDATE OF connection_id, kind, occurred_on, summary, shared_contact_details, event_id ON `interactions`
WHEN new.version = old.version AND (old.connection_id IS NOT new.connection_id OR old.kind IS NOT new.kind OR old.occurred_on IS NOT new.occurred_on OR old.summary IS NOT new.summary OR old.shared_contact_details IS NOT new.shared_contact_details OR old.event_id IS NOT new.event_id) BEGIN
	UPDATE `interactions` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on keep_in_touch_windows ----

CREATE TRIGGER `keep_in_touch_windows_ready_after_update` AFTER UPDATE OF max_days ON `keep_in_touch_windows` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE relationship = new.relationship AND reference_status = 'agreed';
END;

-- ---- Triggers on placements ----

CREATE TRIGGER `placements_ready_after_update` AFTER UPDATE OF start_on, end_on ON `placements` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE placement_id = new.id AND reference_status = 'agreed';
END;

CREATE TRIGGER `placements_version` AFTER UPDATE OF student_id, employer_id, kind, role, supervisor_contact_id, start_on, end_on ON `placements`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.employer_id IS NOT new.employer_id OR old.kind IS NOT new.kind OR old.role IS NOT new.role OR old.supervisor_contact_id IS NOT new.supervisor_contact_id OR old.start_on IS NOT new.start_on OR old.end_on IS NOT new.end_on) BEGIN
	UPDATE `placements` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on settings ----

CREATE TRIGGER `settings_office_id_kept` BEFORE UPDATE ON `settings` WHEN old.key = 'office.id' BEGIN
	SELECT RAISE(ABORT, 'The office id never changes: calendars know its events by it.');
END;

CREATE TRIGGER `settings_office_id_not_deleted` BEFORE DELETE ON `settings` WHEN old.key = 'office.id' BEGIN
	SELECT RAISE(ABORT, 'The office id never changes: calendars know its events by it.');
END;

CREATE TRIGGER `settings_ready_after_insert` AFTER INSERT ON `settings` WHEN new.key = 'readiness.rules' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE reference_status = 'agreed';
END;

CREATE TRIGGER `settings_ready_after_update` AFTER UPDATE OF value ON `settings` WHEN new.key = 'readiness.rules' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE reference_status = 'agreed';
END;

-- ---- Triggers on students ----

CREATE TRIGGER `students_fts_after_delete` AFTER DELETE ON `students` BEGIN
	INSERT INTO students_fts(students_fts, rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES ('delete', old.id, old.external_id, old.first_name, old.last_name, old.preferred_name, old.school_email, old.personal_email);
END;

CREATE TRIGGER `students_fts_after_insert` AFTER INSERT ON `students` BEGIN
	INSERT INTO students_fts(rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES (new.id, new.external_id, new.first_name, new.last_name, new.preferred_name, new.school_email, new.personal_email);
END;

CREATE TRIGGER `students_fts_after_update` AFTER UPDATE OF external_id, first_name, last_name, preferred_name, school_email, personal_email ON `students` BEGIN
	INSERT INTO students_fts(students_fts, rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES ('delete', old.id, old.external_id, old.first_name, old.last_name, old.preferred_name, old.school_email, old.personal_email);
	INSERT INTO students_fts(rowid, external_id, first_name, last_name, preferred_name, school_email, personal_email)
	VALUES (new.id, new.external_id, new.first_name, new.last_name, new.preferred_name, new.school_email, new.personal_email);
END;

CREATE TRIGGER `students_name_key_insert` AFTER INSERT ON `students` BEGIN
	UPDATE `students` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;

CREATE TRIGGER `students_name_key_update` AFTER UPDATE OF first_name, last_name ON `students` BEGIN
	UPDATE `students` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;

CREATE TRIGGER `students_version` AFTER UPDATE OF external_id, first_name, last_name, preferred_name, school_email, personal_email, phone, program, class_year, cohort, advisor_id, status, confidential, notes ON `students`
WHEN new.version = old.version AND (old.external_id IS NOT new.external_id OR old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.preferred_name IS NOT new.preferred_name OR old.school_email IS NOT new.school_email OR old.personal_email IS NOT new.personal_email OR old.phone IS NOT new.phone OR old.program IS NOT new.program OR old.class_year IS NOT new.class_year OR old.cohort IS NOT new.cohort OR old.advisor_id IS NOT new.advisor_id OR old.status IS NOT new.status OR old.confidential IS NOT new.confidential OR old.notes IS NOT new.notes) BEGIN
	UPDATE `students` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;

-- ---- Triggers on tasks ----

CREATE TRIGGER `tasks_version` AFTER UPDATE OF title, due_on, student_id, contact_id, advisor_id, done_on ON `tasks`
WHEN new.version = old.version AND (old.title IS NOT new.title OR old.due_on IS NOT new.due_on OR old.student_id IS NOT new.student_id OR old.contact_id IS NOT new.contact_id OR old.advisor_id IS NOT new.advisor_id OR old.done_on IS NOT new.done_on) BEGIN
	UPDATE `tasks` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;
