ALTER TABLE `students` ADD `goal_last_met_on` text;--> statement-breakpoint
ALTER TABLE `students` ADD `goal_active_until` text;