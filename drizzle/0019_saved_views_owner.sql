-- Saved views belong to the signed-in user who saved them (office server); single-user mode's views keep a null
-- owner. Hand-corrected from drizzle-kit's output: it drops ON DELETE from ADD COLUMN and splits coalesce(…) at its comma.
DROP INDEX `saved_views_page_name_unique`;--> statement-breakpoint
ALTER TABLE `saved_views` ADD `user_id` integer REFERENCES users(id) ON DELETE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_owner_page_name_unique` ON `saved_views` (coalesce("user_id", 0),`page`,`name`);--> statement-breakpoint
CREATE INDEX `saved_views_user_page_idx` ON `saved_views` (`user_id`,`page`);
