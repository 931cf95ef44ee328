ALTER TABLE `contacts` ADD `department` text;--> statement-breakpoint
-- The department is edited in the contact form, so changing it moves the record's version on like any other field
-- (migration 0017): the trigger is made again with it.
DROP TRIGGER `contacts_version`;--> statement-breakpoint
CREATE TRIGGER `contacts_version` AFTER UPDATE OF first_name, last_name, title, department, employer_id, email, phone, preferred_method, linkedin_url, verified_on, is_mentor, mentor_capacity, notes ON `contacts`
WHEN new.version = old.version AND (old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.title IS NOT new.title OR old.department IS NOT new.department OR old.employer_id IS NOT new.employer_id OR old.email IS NOT new.email OR old.phone IS NOT new.phone OR old.preferred_method IS NOT new.preferred_method OR old.linkedin_url IS NOT new.linkedin_url OR old.verified_on IS NOT new.verified_on OR old.is_mentor IS NOT new.is_mentor OR old.mentor_capacity IS NOT new.mentor_capacity OR old.notes IS NOT new.notes) BEGIN
	UPDATE `contacts` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;
