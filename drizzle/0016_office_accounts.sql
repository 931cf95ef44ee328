CREATE TABLE `failed_sign_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`email` text NOT NULL,
	`address` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `failed_sign_ins_email_idx` ON `failed_sign_ins` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `failed_sign_ins_address_idx` ON `failed_sign_ins` (`address`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`address` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sessions_expires_at_check" CHECK(julianday("sessions"."expires_at") is not null),
	CONSTRAINT "sessions_revoked_at_check" CHECK("sessions"."revoked_at" is null or julianday("sessions"."revoked_at") is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_unique` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`advisor_id` integer,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('admin', 'director', 'advisor', 'frontdesk', 'viewer')),
	CONSTRAINT "users_disabled_check" CHECK("users"."disabled" in (0, 1)),
	CONSTRAINT "users_name_check" CHECK(length(trim("users"."name")) > 0),
	CONSTRAINT "users_email_check" CHECK(length(trim("users"."email")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (lower("email"));--> statement-breakpoint
CREATE INDEX `users_advisor_idx` ON `users` (`advisor_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`count` integer DEFAULT 1 NOT NULL,
	`details` text,
	CONSTRAINT "audit_log_action_check" CHECK("__new_audit_log"."action" in ('create', 'update', 'archive', 'delete', 'import', 'export', 'bulk_change', 'demo', 'backup', 'restore', 'sign_in', 'sign_out', 'sign_in_failed', 'refused')),
	CONSTRAINT "audit_log_count_check" CHECK("__new_audit_log"."count" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "actor", "action", "entity", "entity_id", "count", "details") SELECT "id", "at", "actor", "action", "entity", "entity_id", "count", "details" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
-- The rebuild above (new audit actions widen the CHECK) dropped the append-only guards: they come back unchanged.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = new.id) BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
