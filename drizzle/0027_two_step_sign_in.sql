CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "recovery_codes_used_at_check" CHECK("recovery_codes"."used_at" is null or julianday("recovery_codes"."used_at") is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recovery_codes_user_hash_unique` ON `recovery_codes` (`user_id`,`code_hash`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`advisor_id` integer,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`totp_secret` text,
	`totp_confirmed_at` text,
	`totp_last_step` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "users_totp_confirmed_at_check" CHECK("__new_users"."totp_confirmed_at" is null or ("__new_users"."totp_secret" is not null and julianday("__new_users"."totp_confirmed_at") is not null)),
	CONSTRAINT "users_role_check" CHECK("__new_users"."role" in ('admin', 'director', 'advisor', 'frontdesk', 'viewer')),
	CONSTRAINT "users_disabled_check" CHECK("__new_users"."disabled" in (0, 1)),
	CONSTRAINT "users_name_check" CHECK(length(trim("__new_users"."name")) > 0),
	CONSTRAINT "users_email_check" CHECK(length(trim("__new_users"."email")) > 0)
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "name", "role", "advisor_id", "password_hash", "disabled", "totp_secret", "totp_confirmed_at", "totp_last_step", "created_at", "updated_at") SELECT "id", "email", "name", "role", "advisor_id", "password_hash", "disabled", "totp_secret", "totp_confirmed_at", "totp_last_step", "created_at", "updated_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`lower("email")`);--> statement-breakpoint
CREATE INDEX `users_advisor_idx` ON `users` (`advisor_id`);