ALTER TABLE `contacts` ADD `name_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `contacts_name_key_idx` ON `contacts` (`name_key`);--> statement-breakpoint
ALTER TABLE `students` ADD `name_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `students_name_key_idx` ON `students` (`name_key`);--> statement-breakpoint
-- Existing names get their key from name_sort_key(), which every connection Rapport opens registers (core/db/name-key.ts).
UPDATE `students` SET `name_key` = name_sort_key(`last_name`, `first_name`);--> statement-breakpoint
UPDATE `contacts` SET `name_key` = name_sort_key(`last_name`, `first_name`);--> statement-breakpoint
CREATE TRIGGER `students_name_key_insert` AFTER INSERT ON `students` BEGIN
	UPDATE `students` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `students_name_key_update` AFTER UPDATE OF first_name, last_name ON `students` BEGIN
	UPDATE `students` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_name_key_insert` AFTER INSERT ON `contacts` BEGIN
	UPDATE `contacts` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_name_key_update` AFTER UPDATE OF first_name, last_name ON `contacts` BEGIN
	UPDATE `contacts` SET name_key = name_sort_key(new.last_name, new.first_name) WHERE id = new.id;
END;
