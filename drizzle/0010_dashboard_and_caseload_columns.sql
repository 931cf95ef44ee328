CREATE TABLE `saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page` text NOT NULL,
	`name` text NOT NULL,
	`params` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "saved_views_page_check" CHECK("saved_views"."page" in ('students')),
	CONSTRAINT "saved_views_name_check" CHECK(length(trim("saved_views"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_page_name_unique` ON `saved_views` (`page`,`name`);--> statement-breakpoint
ALTER TABLE `connections` ADD `last_touch_on` text GENERATED ALWAYS AS (coalesce(last_interaction_on, since_on, substr(created_at, 1, 10))) VIRTUAL;--> statement-breakpoint
CREATE INDEX `connections_relationship_touch_idx` ON `connections` (`relationship`,`last_touch_on`,`student_id`);--> statement-breakpoint
ALTER TABLE `students` ADD `last_activity_on` text;--> statement-breakpoint
CREATE INDEX `students_last_activity_idx` ON `students` (`last_activity_on`);--> statement-breakpoint
CREATE INDEX `students_goal_last_met_idx` ON `students` (`goal_last_met_on`);--> statement-breakpoint
-- students.last_activity_on: the newest interaction on any of the student's connections, kept in the same
-- transaction as the connection's own clock (0003). A forward move is one compare; anything else recomputes.
UPDATE `students` SET last_activity_on = (SELECT max(c.last_interaction_on) FROM connections c WHERE c.student_id = students.id);--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_insert AFTER INSERT ON connections
WHEN new.last_interaction_on IS NOT NULL BEGIN
	UPDATE students SET last_activity_on = new.last_interaction_on WHERE id = new.student_id AND coalesce(last_activity_on, '') < new.last_interaction_on;
END;--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_forward AFTER UPDATE OF last_interaction_on ON connections
WHEN new.student_id = old.student_id AND new.last_interaction_on IS NOT NULL AND new.last_interaction_on >= coalesce(old.last_interaction_on, '') BEGIN
	UPDATE students SET last_activity_on = new.last_interaction_on WHERE id = new.student_id AND coalesce(last_activity_on, '') < new.last_interaction_on;
END;--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_back AFTER UPDATE OF last_interaction_on, student_id ON connections
WHEN new.student_id <> old.student_id OR new.last_interaction_on IS NULL OR new.last_interaction_on < coalesce(old.last_interaction_on, '') BEGIN
	UPDATE students SET last_activity_on = (SELECT max(c.last_interaction_on) FROM connections c WHERE c.student_id = students.id) WHERE id IN (old.student_id, new.student_id);
END;--> statement-breakpoint
CREATE TRIGGER students_last_activity_connection_delete AFTER DELETE ON connections
WHEN old.last_interaction_on IS NOT NULL BEGIN
	UPDATE students SET last_activity_on = (SELECT max(c.last_interaction_on) FROM connections c WHERE c.student_id = students.id) WHERE id = old.student_id;
END;
