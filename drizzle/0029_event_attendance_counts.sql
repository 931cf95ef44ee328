CREATE TABLE `event_attendance_counts` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`invited` integer DEFAULT 0 NOT NULL,
	`rsvp_registered` integer DEFAULT 0 NOT NULL,
	`registered` integer DEFAULT 0 NOT NULL,
	`attended` integer DEFAULT 0 NOT NULL,
	`followed_up` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
-- Every attendance row adds its flags to its event's counts, and takes them away when it goes or changes. Changes are
-- added as signed amounts (upserts), so the order in which SQLite runs this and the follow-up triggers of 0012 (which
-- update a row just inserted) cannot matter. Only an event that still exists is counted: when an event is deleted,
-- its counts row goes with it, and its attendance rows are updated (follow-ups of interactions whose event is
-- cleared) and deleted after it, by cascade; a counts row for them would name an event that no longer exists.
INSERT INTO event_attendance_counts (event_id, invited, rsvp_registered, registered, attended, followed_up)
SELECT event_id, count(*), coalesce(sum(rsvp = 'registered'), 0), coalesce(sum(rsvp = 'registered' OR checked_in_at IS NOT NULL), 0),
	coalesce(sum(checked_in_at IS NOT NULL), 0), coalesce(sum(checked_in_at IS NOT NULL AND followed_up_on IS NOT NULL), 0)
FROM attendance GROUP BY event_id;--> statement-breakpoint
CREATE TRIGGER event_attendance_counts_insert AFTER INSERT ON attendance BEGIN
	INSERT INTO event_attendance_counts (event_id, invited, rsvp_registered, registered, attended, followed_up)
	VALUES (new.event_id, 1, new.rsvp = 'registered', new.rsvp = 'registered' OR new.checked_in_at IS NOT NULL, new.checked_in_at IS NOT NULL, new.checked_in_at IS NOT NULL AND new.followed_up_on IS NOT NULL)
	ON CONFLICT (event_id) DO UPDATE SET invited = invited + excluded.invited, rsvp_registered = rsvp_registered + excluded.rsvp_registered,
		registered = registered + excluded.registered, attended = attended + excluded.attended, followed_up = followed_up + excluded.followed_up;
END;--> statement-breakpoint
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
END;--> statement-breakpoint
CREATE TRIGGER event_attendance_counts_delete AFTER DELETE ON attendance BEGIN
	UPDATE event_attendance_counts SET invited = invited - 1, rsvp_registered = rsvp_registered - (old.rsvp = 'registered'),
		registered = registered - (old.rsvp = 'registered' OR old.checked_in_at IS NOT NULL), attended = attended - (old.checked_in_at IS NOT NULL),
		followed_up = followed_up - (old.checked_in_at IS NOT NULL AND old.followed_up_on IS NOT NULL)
	WHERE event_id = old.event_id;
END;
