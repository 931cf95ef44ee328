CREATE TABLE `advising_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`body` text NOT NULL,
	`advisor_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "advising_notes_kind_check" CHECK("advising_notes"."kind" in ('appointment', 'drop_in', 'email', 'call')),
	CONSTRAINT "advising_notes_occurred_on_check" CHECK("advising_notes"."occurred_on" is not null and "advising_notes"."occurred_on" is null or (length("advising_notes"."occurred_on") = 10 and date("advising_notes"."occurred_on") is "advising_notes"."occurred_on")),
	CONSTRAINT "advising_notes_body_check" CHECK(length(trim("advising_notes"."body")) > 0)
);
--> statement-breakpoint
CREATE INDEX `advising_notes_student_idx` ON `advising_notes` (`student_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `advising_notes_advisor_idx` ON `advising_notes` (`advisor_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`due_on` text NOT NULL,
	`student_id` integer,
	`contact_id` integer,
	`advisor_id` integer,
	`done_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tasks_title_check" CHECK(length(trim("tasks"."title")) > 0),
	CONSTRAINT "tasks_due_on_check" CHECK("tasks"."due_on" is not null and "tasks"."due_on" is null or (length("tasks"."due_on") = 10 and date("tasks"."due_on") is "tasks"."due_on")),
	CONSTRAINT "tasks_done_on_check" CHECK("tasks"."done_on" is null or (length("tasks"."done_on") = 10 and date("tasks"."done_on") is "tasks"."done_on")),
	CONSTRAINT "tasks_subject_check" CHECK("tasks"."student_id" is not null or "tasks"."contact_id" is not null)
);
--> statement-breakpoint
CREATE INDEX `tasks_advisor_open_due_idx` ON `tasks` (`advisor_id`,`due_on`) WHERE "tasks"."done_on" is null;--> statement-breakpoint
CREATE INDEX `tasks_student_idx` ON `tasks` (`student_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `tasks_contact_idx` ON `tasks` (`contact_id`,`due_on`);--> statement-breakpoint
-- Written by hand over drizzle-kit's output. The goal kind "new_people" widens the kind CHECKs of goals and
-- goal_templates, which SQLite changes only by rebuilding the tables. The migrator runs in one transaction, where
-- PRAGMA foreign_keys=OFF does nothing: dropping the old tables would fire their ON DELETE SET NULL actions
-- (attendance.goal_id, goals.template_id — and the latter the goals_version trigger). So the links and versions are
-- kept aside first and put back after the rebuild, and the trigger the rebuild dropped is made again unchanged.
-- Keyed by id, so putting them back is one lookup per row (not a scan of the kept rows for every goal).
CREATE TEMP TABLE `keep_goal_links` (id integer PRIMARY KEY, template_id integer, version integer, updated_by text);
--> statement-breakpoint
INSERT INTO temp.`keep_goal_links` SELECT id, template_id, version, updated_by FROM goals WHERE template_id IS NOT NULL;
--> statement-breakpoint
CREATE TEMP TABLE `keep_attendance_goals` (id integer PRIMARY KEY, goal_id integer);
--> statement-breakpoint
INSERT INTO temp.`keep_attendance_goals` SELECT id, goal_id FROM attendance WHERE goal_id IS NOT NULL;
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_goal_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rung` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`target_count` integer NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "goal_templates_kind_check" CHECK("__new_goal_templates"."kind" in ('people_met', 'new_people', 'questions_asked', 'informational_interviews', 'follow_ups_sent', 'events_attended', 'custom')),
	CONSTRAINT "goal_templates_target_count_check" CHECK("__new_goal_templates"."target_count" between 1 and 1000)
);
--> statement-breakpoint
INSERT INTO `__new_goal_templates`("id", "rung", "title", "kind", "target_count", "description", "created_at", "updated_at") SELECT "id", "rung", "title", "kind", "target_count", "description", "created_at", "updated_at" FROM `goal_templates`;--> statement-breakpoint
DROP TABLE `goal_templates`;--> statement-breakpoint
ALTER TABLE `__new_goal_templates` RENAME TO `goal_templates`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `goal_templates_rung_unique` ON `goal_templates` (`rung`);--> statement-breakpoint
CREATE TABLE `__new_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`target_count` integer NOT NULL,
	`window_start_on` text,
	`window_end_on` text,
	`event_id` integer,
	`template_id` integer,
	`manual_adjustment` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`met_on` text,
	`reflection` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `goal_templates`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "goals_kind_check" CHECK("__new_goals"."kind" in ('people_met', 'new_people', 'questions_asked', 'informational_interviews', 'follow_ups_sent', 'events_attended', 'custom')),
	CONSTRAINT "goals_status_check" CHECK("__new_goals"."status" in ('active', 'met', 'not_met_yet', 'dropped')),
	CONSTRAINT "goals_target_count_check" CHECK("__new_goals"."target_count" between 1 and 1000),
	CONSTRAINT "goals_window_start_check" CHECK("__new_goals"."window_start_on" is null or (length("__new_goals"."window_start_on") = 10 and date("__new_goals"."window_start_on") is "__new_goals"."window_start_on")),
	CONSTRAINT "goals_window_end_check" CHECK("__new_goals"."window_end_on" is null or (length("__new_goals"."window_end_on") = 10 and date("__new_goals"."window_end_on") is "__new_goals"."window_end_on")),
	CONSTRAINT "goals_met_on_check" CHECK("__new_goals"."met_on" is null or (length("__new_goals"."met_on") = 10 and date("__new_goals"."met_on") is "__new_goals"."met_on")),
	CONSTRAINT "goals_window_check" CHECK(("__new_goals"."window_start_on" is not null and "__new_goals"."window_end_on" is not null and "__new_goals"."window_end_on" >= "__new_goals"."window_start_on") or "__new_goals"."event_id" is not null),
	CONSTRAINT "goals_met_on_status_check" CHECK("__new_goals"."met_on" is null or "__new_goals"."status" = 'met')
);
--> statement-breakpoint
INSERT INTO `__new_goals`("id", "student_id", "kind", "description", "target_count", "window_start_on", "window_end_on", "event_id", "template_id", "manual_adjustment", "status", "met_on", "reflection", "created_at", "updated_at", "version", "updated_by") SELECT "id", "student_id", "kind", "description", "target_count", "window_start_on", "window_end_on", "event_id", "template_id", "manual_adjustment", "status", "met_on", "reflection", "created_at", "updated_at", "version", "updated_by" FROM `goals`;--> statement-breakpoint
DROP TABLE `goals`;--> statement-breakpoint
ALTER TABLE `__new_goals` RENAME TO `goals`;--> statement-breakpoint
CREATE INDEX `goals_student_idx` ON `goals` (`student_id`,`status`,`met_on`);--> statement-breakpoint
CREATE INDEX `goals_event_idx` ON `goals` (`event_id`);--> statement-breakpoint
CREATE INDEX `goals_template_idx` ON `goals` (`template_id`);--> statement-breakpoint
CREATE INDEX `goals_status_met_on_idx` ON `goals` (`status`,`met_on`);--> statement-breakpoint
CREATE INDEX `goals_window_end_idx` ON `goals` (`window_end_on`);--> statement-breakpoint
CREATE INDEX `goals_status_met_on_student_idx` ON `goals` (`status`,`met_on`,`student_id`);--> statement-breakpoint
CREATE INDEX `goals_status_window_end_student_idx` ON `goals` (`status`,`window_end_on`,`student_id`);
--> statement-breakpoint
UPDATE `goals` SET (template_id, version, updated_by) = (SELECT k.template_id, k.version, k.updated_by FROM keep_goal_links k WHERE k.id = goals.id)
WHERE id IN (SELECT id FROM keep_goal_links);
--> statement-breakpoint
UPDATE `attendance` SET goal_id = (SELECT k.goal_id FROM keep_attendance_goals k WHERE k.id = attendance.id)
WHERE id IN (SELECT id FROM keep_attendance_goals);
--> statement-breakpoint
DROP TABLE temp.`keep_goal_links`;
--> statement-breakpoint
DROP TABLE temp.`keep_attendance_goals`;
--> statement-breakpoint
CREATE TRIGGER `goals_version` AFTER UPDATE OF student_id, kind, description, target_count, window_start_on, window_end_on, event_id, template_id, manual_adjustment, reflection ON `goals`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.kind IS NOT new.kind OR old.description IS NOT new.description OR old.target_count IS NOT new.target_count OR old.window_start_on IS NOT new.window_start_on OR old.window_end_on IS NOT new.window_end_on OR old.event_id IS NOT new.event_id OR old.template_id IS NOT new.template_id OR old.manual_adjustment IS NOT new.manual_adjustment OR old.reflection IS NOT new.reflection) BEGIN
	UPDATE `goals` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
-- Notes and tasks are edited in forms: their versions move like the other records' (record_versions migration).
CREATE TRIGGER `advising_notes_version` AFTER UPDATE OF student_id, kind, occurred_on, body, advisor_id ON `advising_notes`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.kind IS NOT new.kind OR old.occurred_on IS NOT new.occurred_on OR old.body IS NOT new.body OR old.advisor_id IS NOT new.advisor_id) BEGIN
	UPDATE `advising_notes` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `tasks_version` AFTER UPDATE OF title, due_on, student_id, contact_id, advisor_id, done_on ON `tasks`
WHEN new.version = old.version AND (old.title IS NOT new.title OR old.due_on IS NOT new.due_on OR old.student_id IS NOT new.student_id OR old.contact_id IS NOT new.contact_id OR old.advisor_id IS NOT new.advisor_id OR old.done_on IS NOT new.done_on) BEGIN
	UPDATE `tasks` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;
