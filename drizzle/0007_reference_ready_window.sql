ALTER TABLE `connections` ADD `ready_from` text;--> statement-breakpoint
ALTER TABLE `connections` ADD `ready_until` text;--> statement-breakpoint
CREATE INDEX `connections_ready_window_idx` ON `connections` (`ready_from`,`ready_until`,`student_id`);--> statement-breakpoint
ALTER TABLE `students` ADD `reference_candidates` integer DEFAULT 0 NOT NULL;