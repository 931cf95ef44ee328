CREATE TABLE `saml_message_ids` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	PRIMARY KEY(`kind`, `id`),
	CONSTRAINT "saml_message_ids_kind_check" CHECK("saml_message_ids"."kind" in ('request', 'assertion')),
	CONSTRAINT "saml_message_ids_expires_at_check" CHECK(julianday("saml_message_ids"."expires_at") is not null)
);
--> statement-breakpoint
CREATE INDEX `saml_message_ids_expires_idx` ON `saml_message_ids` (`expires_at`);