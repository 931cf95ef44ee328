-- Reference readiness facts per connection, from the records (one definition, read by the app for the
-- checklist and by the triggers below). Dates are compared with "today" by the queries, never stored as a status.
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
	coalesce(c.last_interaction_on, c.since_on, substr(c.created_at, 1, 10)) AS last_touch,
	date(coalesce(c.last_interaction_on, c.since_on, substr(c.created_at, 1, 10)), '+' || w.max_days || ' days') AS in_touch_until,
	(c.reference_status = 'agreed' AND c.reference_status_on IS NOT NULL) AS permission,
	coalesce(c.reference_status = 'agreed' AND c.resume_shared_on >= c.reference_status_on, 0) AS resume_shared
FROM connections c
JOIN contacts ct ON ct.id = c.contact_id
JOIN keep_in_touch_windows w ON w.relationship = c.relationship
LEFT JOIN placements p ON p.id = c.placement_id;
--> statement-breakpoint
-- The days between which a connection is a ready reference: every lasting item met, from the day it is known
-- long enough until it falls out of touch or its contact details go unverified for 12 months.
CREATE VIEW `reference_windows` AS
SELECT connection_id,
	CASE WHEN candidate AND permission AND resume_shared AND thanked AND details_shared AND contact_on_file AND verified_until IS NOT NULL
		THEN known_enough_on END AS ready_from,
	CASE WHEN candidate AND permission AND resume_shared AND thanked AND details_shared AND contact_on_file AND known_enough_on IS NOT NULL
		THEN min(in_touch_until, verified_until) END AS ready_until
FROM reference_facts;
--> statement-breakpoint
UPDATE `connections` SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
WHERE reference_status = 'agreed';
--> statement-breakpoint
UPDATE `students` SET reference_candidates = (SELECT count(*) FROM connections c WHERE c.student_id = students.id
	AND c.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND c.reference_status <> 'declined');
--> statement-breakpoint
-- Only agreed connections can be ready, so only they are refreshed: everything else keeps an empty window.
CREATE TRIGGER `connections_ready_after_insert` AFTER INSERT ON `connections` WHEN new.reference_status = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.id) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_ready_after_update` AFTER UPDATE OF relationship, reference_status, reference_status_on, resume_shared_on, since_on, placement_id, contact_id, last_interaction_on ON `connections`
WHEN new.reference_status = 'agreed' OR old.reference_status = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.id) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_ready_after_insert` AFTER INSERT ON `interactions`
WHEN (SELECT reference_status FROM connections WHERE id = new.connection_id) = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = new.connection_id) WHERE id = new.connection_id;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_ready_after_update` AFTER UPDATE ON `interactions` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE id IN (old.connection_id, new.connection_id) AND reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_ready_after_delete` AFTER DELETE ON `interactions`
WHEN (SELECT reference_status FROM connections WHERE id = old.connection_id) = 'agreed' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = old.connection_id) WHERE id = old.connection_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_ready_after_update` AFTER UPDATE OF email, phone, preferred_method, verified_on ON `contacts` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE contact_id = new.id AND reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `placements_ready_after_update` AFTER UPDATE OF start_on, end_on ON `placements` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE placement_id = new.id AND reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `keep_in_touch_windows_ready_after_update` AFTER UPDATE OF max_days ON `keep_in_touch_windows` BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE relationship = new.relationship AND reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `settings_ready_after_insert` AFTER INSERT ON `settings` WHEN new.key = 'readiness.rules' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `settings_ready_after_update` AFTER UPDATE OF value ON `settings` WHEN new.key = 'readiness.rules' BEGIN
	UPDATE connections SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
	WHERE reference_status = 'agreed';
END;
--> statement-breakpoint
CREATE TRIGGER `connections_candidates_after_insert` AFTER INSERT ON `connections`
WHEN new.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND new.reference_status <> 'declined' BEGIN
	UPDATE students SET reference_candidates = reference_candidates + 1 WHERE id = new.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_candidates_after_delete` AFTER DELETE ON `connections`
WHEN old.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND old.reference_status <> 'declined' BEGIN
	UPDATE students SET reference_candidates = reference_candidates - 1 WHERE id = old.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_candidates_after_update` AFTER UPDATE OF relationship, reference_status, student_id ON `connections` BEGIN
	UPDATE students SET reference_candidates = (SELECT count(*) FROM connections c WHERE c.student_id = students.id
		AND c.relationship IN ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') AND c.reference_status <> 'declined')
	WHERE id IN (old.student_id, new.student_id);
END;
