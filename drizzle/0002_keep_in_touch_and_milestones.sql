CREATE TABLE `keep_in_touch_windows` (
	`relationship` text PRIMARY KEY NOT NULL,
	`ideal_days` integer NOT NULL,
	`max_days` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "keep_in_touch_windows_relationship_check" CHECK("keep_in_touch_windows"."relationship" in ('supervisor', 'mentor', 'coworker', 'hiring_committee', 'informational_interview', 'met_at_event', 'faculty', 'personal', 'other')),
	CONSTRAINT "keep_in_touch_windows_days_check" CHECK("keep_in_touch_windows"."ideal_days" between 1 and 3650 and "keep_in_touch_windows"."max_days" between "keep_in_touch_windows"."ideal_days" and 3650)
);
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`description` text,
	`recommended_by_contact_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recommended_by_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "milestones_kind_check" CHECK("milestones"."kind" in ('applied', 'interview', 'offer_accepted', 'graduated')),
	CONSTRAINT "milestones_occurred_on_check" CHECK("milestones"."occurred_on" is not null and "milestones"."occurred_on" is null or (length("milestones"."occurred_on") = 10 and date("milestones"."occurred_on") is "milestones"."occurred_on"))
);
--> statement-breakpoint
CREATE INDEX `milestones_student_idx` ON `milestones` (`student_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `milestones_recommended_by_idx` ON `milestones` (`recommended_by_contact_id`);--> statement-breakpoint
ALTER TABLE `connections` ADD `last_interaction_on` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `milestone_id` integer REFERENCES milestones(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `interactions_milestone_idx` ON `interactions` (`milestone_id`);