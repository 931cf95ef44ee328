CREATE TABLE `advisors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "advisors_active_check" CHECK("advisors"."active" in (0, 1)),
	CONSTRAINT "advisors_name_check" CHECK(length(trim("advisors"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advisors_email_unique` ON `advisors` (`email`);--> statement-breakpoint
CREATE INDEX `advisors_name_idx` ON `advisors` (`name`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`rsvp` text DEFAULT 'invited' NOT NULL,
	`invited_at` text,
	`responded_at` text,
	`checked_in_at` text,
	`buddy_student_id` integer,
	`goal_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`buddy_student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "attendance_rsvp_check" CHECK("attendance"."rsvp" in ('invited', 'registered', 'declined', 'waitlisted')),
	CONSTRAINT "attendance_invited_at_check" CHECK("attendance"."invited_at" is null or julianday("attendance"."invited_at") is not null),
	CONSTRAINT "attendance_responded_at_check" CHECK("attendance"."responded_at" is null or julianday("attendance"."responded_at") is not null),
	CONSTRAINT "attendance_checked_in_at_check" CHECK("attendance"."checked_in_at" is null or julianday("attendance"."checked_in_at") is not null),
	CONSTRAINT "attendance_buddy_check" CHECK("attendance"."buddy_student_id" is null or "attendance"."buddy_student_id" <> "attendance"."student_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_event_student_unique` ON `attendance` (`event_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `attendance_student_idx` ON `attendance` (`student_id`,`checked_in_at`);--> statement-breakpoint
CREATE INDEX `attendance_event_rsvp_idx` ON `attendance` (`event_id`,`rsvp`);--> statement-breakpoint
CREATE INDEX `attendance_buddy_idx` ON `attendance` (`buddy_student_id`);--> statement-breakpoint
CREATE INDEX `attendance_goal_idx` ON `attendance` (`goal_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`count` integer DEFAULT 1 NOT NULL,
	`details` text,
	CONSTRAINT "audit_log_action_check" CHECK("audit_log"."action" in ('create', 'update', 'archive', 'delete', 'import', 'export', 'bulk_change', 'demo', 'backup', 'restore')),
	CONSTRAINT "audit_log_count_check" CHECK("audit_log"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `connections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`relationship` text NOT NULL,
	`context` text,
	`since_on` text,
	`placement_id` integer,
	`reference_status` text DEFAULT 'not_asked' NOT NULL,
	`reference_status_on` text,
	`resume_shared_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "connections_relationship_check" CHECK("connections"."relationship" in ('supervisor', 'mentor', 'coworker', 'hiring_committee', 'informational_interview', 'met_at_event', 'faculty', 'personal', 'other')),
	CONSTRAINT "connections_reference_status_check" CHECK("connections"."reference_status" in ('not_asked', 'asked', 'agreed', 'declined')),
	CONSTRAINT "connections_since_on_check" CHECK("connections"."since_on" is null or (length("connections"."since_on") = 10 and date("connections"."since_on") is "connections"."since_on")),
	CONSTRAINT "connections_reference_status_on_check" CHECK("connections"."reference_status_on" is null or (length("connections"."reference_status_on") = 10 and date("connections"."reference_status_on") is "connections"."reference_status_on")),
	CONSTRAINT "connections_resume_shared_on_check" CHECK("connections"."resume_shared_on" is null or (length("connections"."resume_shared_on") = 10 and date("connections"."resume_shared_on") is "connections"."resume_shared_on"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `connections_student_contact_relationship_unique` ON `connections` (`student_id`,`contact_id`,`relationship`);--> statement-breakpoint
CREATE INDEX `connections_contact_idx` ON `connections` (`contact_id`);--> statement-breakpoint
CREATE INDEX `connections_placement_idx` ON `connections` (`placement_id`);--> statement-breakpoint
CREATE INDEX `connections_relationship_idx` ON `connections` (`relationship`);--> statement-breakpoint
CREATE INDEX `connections_reference_status_idx` ON `connections` (`reference_status`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`title` text,
	`employer_id` integer,
	`email` text,
	`phone` text,
	`preferred_method` text,
	`linkedin_url` text,
	`verified_on` text,
	`is_mentor` integer DEFAULT false NOT NULL,
	`mentor_capacity` integer DEFAULT 0 NOT NULL,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "contacts_preferred_method_check" CHECK("contacts"."preferred_method" is null or "contacts"."preferred_method" in ('email', 'phone', 'linkedin')),
	CONSTRAINT "contacts_verified_on_check" CHECK("contacts"."verified_on" is null or (length("contacts"."verified_on") = 10 and date("contacts"."verified_on") is "contacts"."verified_on")),
	CONSTRAINT "contacts_is_mentor_check" CHECK("contacts"."is_mentor" in (0, 1)),
	CONSTRAINT "contacts_mentor_capacity_check" CHECK("contacts"."mentor_capacity" between 0 and 100),
	CONSTRAINT "contacts_names_check" CHECK(length(trim("contacts"."first_name")) > 0 and length(trim("contacts"."last_name")) > 0)
);
--> statement-breakpoint
CREATE INDEX `contacts_name_idx` ON `contacts` (`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `contacts_employer_idx` ON `contacts` (`employer_id`);--> statement-breakpoint
CREATE INDEX `contacts_email_idx` ON `contacts` (`email`);--> statement-breakpoint
CREATE INDEX `contacts_mentor_idx` ON `contacts` (`is_mentor`);--> statement-breakpoint
CREATE INDEX `contacts_verified_on_idx` ON `contacts` (`verified_on`);--> statement-breakpoint
CREATE TABLE `employers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`industry` text,
	`website` text,
	`location` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "employers_name_check" CHECK(length(trim("employers"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employers_name_unique` ON `employers` ("name" collate nocase);--> statement-breakpoint
CREATE INDEX `employers_industry_idx` ON `employers` (`industry`);--> statement-breakpoint
CREATE TABLE `event_employers` (
	`event_id` integer NOT NULL,
	`employer_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `employer_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_employers_employer_idx` ON `event_employers` (`employer_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`location` text,
	`link` text,
	`capacity` integer,
	`description` text,
	`prep_notes` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "events_kind_check" CHECK("events"."kind" in ('career_fair', 'info_session', 'conference', 'alumni_mixer', 'workshop', 'virtual')),
	CONSTRAINT "events_format_check" CHECK("events"."format" in ('in_person', 'virtual', 'hybrid')),
	CONSTRAINT "events_status_check" CHECK("events"."status" in ('draft', 'scheduled', 'done', 'cancelled')),
	CONSTRAINT "events_starts_at_check" CHECK(julianday("events"."starts_at") is not null),
	CONSTRAINT "events_ends_at_check" CHECK(julianday("events"."ends_at") is not null and "events"."ends_at" >= "events"."starts_at"),
	CONSTRAINT "events_capacity_check" CHECK("events"."capacity" is null or "events"."capacity" > 0),
	CONSTRAINT "events_title_check" CHECK(length(trim("events"."title")) > 0)
);
--> statement-breakpoint
CREATE INDEX `events_starts_at_idx` ON `events` (`starts_at`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_kind_idx` ON `events` (`kind`);--> statement-breakpoint
CREATE TABLE `goal_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rung` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`target_count` integer NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "goal_templates_kind_check" CHECK("goal_templates"."kind" in ('people_met', 'questions_asked', 'informational_interviews', 'follow_ups_sent', 'events_attended', 'custom')),
	CONSTRAINT "goal_templates_target_count_check" CHECK("goal_templates"."target_count" between 1 and 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goal_templates_rung_unique` ON `goal_templates` (`rung`);--> statement-breakpoint
CREATE TABLE `goals` (
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
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `goal_templates`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "goals_kind_check" CHECK("goals"."kind" in ('people_met', 'questions_asked', 'informational_interviews', 'follow_ups_sent', 'events_attended', 'custom')),
	CONSTRAINT "goals_status_check" CHECK("goals"."status" in ('active', 'met', 'not_met_yet', 'dropped')),
	CONSTRAINT "goals_target_count_check" CHECK("goals"."target_count" between 1 and 1000),
	CONSTRAINT "goals_window_start_check" CHECK("goals"."window_start_on" is null or (length("goals"."window_start_on") = 10 and date("goals"."window_start_on") is "goals"."window_start_on")),
	CONSTRAINT "goals_window_end_check" CHECK("goals"."window_end_on" is null or (length("goals"."window_end_on") = 10 and date("goals"."window_end_on") is "goals"."window_end_on")),
	CONSTRAINT "goals_met_on_check" CHECK("goals"."met_on" is null or (length("goals"."met_on") = 10 and date("goals"."met_on") is "goals"."met_on")),
	CONSTRAINT "goals_window_check" CHECK(("goals"."window_start_on" is not null and "goals"."window_end_on" is not null and "goals"."window_end_on" >= "goals"."window_start_on") or "goals"."event_id" is not null),
	CONSTRAINT "goals_met_on_status_check" CHECK("goals"."met_on" is null or "goals"."status" = 'met')
);
--> statement-breakpoint
CREATE INDEX `goals_student_idx` ON `goals` (`student_id`,`status`);--> statement-breakpoint
CREATE INDEX `goals_event_idx` ON `goals` (`event_id`);--> statement-breakpoint
CREATE INDEX `goals_template_idx` ON `goals` (`template_id`);--> statement-breakpoint
CREATE INDEX `goals_status_met_on_idx` ON `goals` (`status`,`met_on`);--> statement-breakpoint
CREATE INDEX `goals_window_end_idx` ON `goals` (`window_end_on`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`connection_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`summary` text,
	`shared_contact_details` integer DEFAULT false NOT NULL,
	`event_id` integer,
	`source` text DEFAULT 'advisor' NOT NULL,
	`logged_by_advisor_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`connection_id`) REFERENCES `connections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`logged_by_advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "interactions_kind_check" CHECK("interactions"."kind" in ('conversation', 'informational_interview', 'thank_you_note', 'thank_you_email', 'contact_details_shared', 'linkedin_connection', 'milestone_update', 'reference_request', 'reference_agreed', 'resume_sent', 'other')),
	CONSTRAINT "interactions_source_check" CHECK("interactions"."source" in ('advisor', 'import')),
	CONSTRAINT "interactions_occurred_on_check" CHECK("interactions"."occurred_on" is not null and "interactions"."occurred_on" is null or (length("interactions"."occurred_on") = 10 and date("interactions"."occurred_on") is "interactions"."occurred_on")),
	CONSTRAINT "interactions_shared_contact_details_check" CHECK("interactions"."shared_contact_details" in (0, 1))
);
--> statement-breakpoint
CREATE INDEX `interactions_connection_occurred_idx` ON `interactions` (`connection_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `interactions_event_idx` ON `interactions` (`event_id`);--> statement-breakpoint
CREATE INDEX `interactions_logged_by_idx` ON `interactions` (`logged_by_advisor_id`);--> statement-breakpoint
CREATE INDEX `interactions_kind_occurred_idx` ON `interactions` (`kind`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`employer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`role` text NOT NULL,
	`supervisor_contact_id` integer,
	`start_on` text NOT NULL,
	`end_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`supervisor_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "placements_kind_check" CHECK("placements"."kind" in ('internship', 'co_op', 'job')),
	CONSTRAINT "placements_start_on_check" CHECK("placements"."start_on" is not null and "placements"."start_on" is null or (length("placements"."start_on") = 10 and date("placements"."start_on") is "placements"."start_on")),
	CONSTRAINT "placements_end_on_check" CHECK("placements"."end_on" is null or (length("placements"."end_on") = 10 and date("placements"."end_on") is "placements"."end_on")),
	CONSTRAINT "placements_dates_order_check" CHECK("placements"."end_on" is null or "placements"."end_on" >= "placements"."start_on")
);
--> statement-breakpoint
CREATE INDEX `placements_student_idx` ON `placements` (`student_id`,`start_on`);--> statement-breakpoint
CREATE INDEX `placements_employer_idx` ON `placements` (`employer_id`);--> statement-breakpoint
CREATE INDEX `placements_supervisor_idx` ON `placements` (`supervisor_contact_id`);--> statement-breakpoint
CREATE INDEX `placements_end_on_idx` ON `placements` (`end_on`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `student_labels` (
	`student_id` integer NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`student_id`, `label`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "student_labels_label_check" CHECK(length(trim("student_labels"."label")) > 0)
);
--> statement-breakpoint
CREATE INDEX `student_labels_label_idx` ON `student_labels` (`label`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`preferred_name` text,
	`school_email` text,
	`personal_email` text,
	`phone` text,
	`program` text,
	`class_year` integer,
	`cohort` text,
	`advisor_id` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`confidential` integer DEFAULT false NOT NULL,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "students_status_check" CHECK("students"."status" in ('active', 'alumnus', 'archived')),
	CONSTRAINT "students_confidential_check" CHECK("students"."confidential" in (0, 1)),
	CONSTRAINT "students_class_year_check" CHECK("students"."class_year" is null or "students"."class_year" between 1950 and 2100),
	CONSTRAINT "students_names_check" CHECK(length(trim("students"."first_name")) > 0 and length(trim("students"."last_name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_external_id_unique` ON `students` (`external_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `students_school_email_unique` ON `students` (`school_email`);--> statement-breakpoint
CREATE INDEX `students_name_idx` ON `students` (`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `students_first_name_idx` ON `students` (`first_name`);--> statement-breakpoint
CREATE INDEX `students_program_idx` ON `students` (`program`);--> statement-breakpoint
CREATE INDEX `students_class_year_idx` ON `students` (`class_year`);--> statement-breakpoint
CREATE INDEX `students_cohort_idx` ON `students` (`cohort`);--> statement-breakpoint
CREATE INDEX `students_advisor_idx` ON `students` (`advisor_id`);--> statement-breakpoint
CREATE INDEX `students_status_idx` ON `students` (`status`);--> statement-breakpoint
CREATE INDEX `students_updated_at_idx` ON `students` (`updated_at`);