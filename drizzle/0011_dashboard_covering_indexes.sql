DROP INDEX `attendance_event_rsvp_idx`;--> statement-breakpoint
CREATE INDEX `attendance_event_rsvp_idx` ON `attendance` (`event_id`,`rsvp`,`checked_in_at`,`student_id`);--> statement-breakpoint
DROP INDEX `goals_student_idx`;--> statement-breakpoint
CREATE INDEX `goals_student_idx` ON `goals` (`student_id`,`status`,`met_on`);--> statement-breakpoint
DROP INDEX `interactions_connection_occurred_idx`;--> statement-breakpoint
DROP INDEX `interactions_event_idx`;--> statement-breakpoint
CREATE INDEX `interactions_connection_occurred_idx` ON `interactions` (`connection_id`,`occurred_on`,`kind`);--> statement-breakpoint
CREATE INDEX `interactions_event_idx` ON `interactions` (`event_id`,`kind`,`connection_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `students_dashboard_idx` ON `students` (`status`,`cohort`,`program`,`class_year`,`reference_candidates`,`goal_last_met_on`,`goal_active_until`,`advisor_id`);