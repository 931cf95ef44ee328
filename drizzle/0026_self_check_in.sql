CREATE TABLE `self_check_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`address` text NOT NULL,
	`token` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `self_check_in_attempts_address_idx` ON `self_check_in_attempts` (`address`,`at`);--> statement-breakpoint
CREATE INDEX `self_check_in_attempts_token_idx` ON `self_check_in_attempts` (`token`,`at`);--> statement-breakpoint
ALTER TABLE `events` ADD `self_check_in_uninvited` text DEFAULT 'record' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `self_check_in_asks_id` integer DEFAULT false NOT NULL;--> statement-breakpoint
INSERT OR IGNORE INTO `settings` (`key`, `value`) VALUES ('selfCheckIn.secret', json_quote(lower(hex(randomblob(32)))));
