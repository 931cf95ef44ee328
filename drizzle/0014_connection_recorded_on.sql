-- Written by hand over drizzle-kit's output (whose table rebuild would have dropped the triggers on connections
-- and copied a column that did not exist yet); the snapshot beside it is drizzle-kit's own.
-- A connection's clock starts, failing a touch or a since-date, on the day it was recorded ON THE OFFICE'S
-- CALENDAR. substr(created_at, 1, 10) was the UTC date: an evening entry west of Greenwich started tomorrow and
-- showed "-1 days". Older rows get their day from created_at through office_day() (the office's time zone,
-- registered on every connection the app opens), new rows from the insert.
ALTER TABLE `connections` ADD `recorded_on` text CONSTRAINT "connections_recorded_on_check" CHECK("recorded_on" is null or (length("recorded_on") = 10 and date("recorded_on") is "recorded_on"));
--> statement-breakpoint
UPDATE `connections` SET `recorded_on` = office_day(`created_at`);
--> statement-breakpoint
DROP INDEX `connections_relationship_touch_idx`;
--> statement-breakpoint
ALTER TABLE `connections` DROP COLUMN `last_touch_on`;
--> statement-breakpoint
ALTER TABLE `connections` ADD `last_touch_on` text GENERATED ALWAYS AS (coalesce(last_interaction_on, since_on, recorded_on)) VIRTUAL;
--> statement-breakpoint
CREATE INDEX `connections_relationship_touch_idx` ON `connections` (`relationship`,`last_touch_on`,`student_id`);
--> statement-breakpoint
DROP VIEW `reference_facts`;
--> statement-breakpoint
-- As in 0008, with the recorded day in place of the UTC date of created_at.
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
--> statement-breakpoint
UPDATE `connections` SET (ready_from, ready_until) = (SELECT ready_from, ready_until FROM reference_windows v WHERE v.connection_id = connections.id)
WHERE reference_status = 'agreed';
