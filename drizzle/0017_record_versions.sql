ALTER TABLE `connections` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `connections` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `employers` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `employers` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `events` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `goals` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `goals` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `interactions` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `placements` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `placements` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `students` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `updated_by` text;--> statement-breakpoint
-- Record versions: every change to a column an advisor edits in a form moves the record one version on, whoever
-- writes it (a form, an import, a merge, a status button); derived facts (clocks, goal progress and status, summaries)
-- are left out, so an append never makes an open form stale. updated_by is cleared here and set again by a save
-- through a form (core/record-edit.ts), which also sets the version to exactly the loaded one + 1.
CREATE TRIGGER `students_version` AFTER UPDATE OF external_id, first_name, last_name, preferred_name, school_email, personal_email, phone, program, class_year, cohort, advisor_id, status, confidential, notes ON `students`
WHEN new.version = old.version AND (old.external_id IS NOT new.external_id OR old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.preferred_name IS NOT new.preferred_name OR old.school_email IS NOT new.school_email OR old.personal_email IS NOT new.personal_email OR old.phone IS NOT new.phone OR old.program IS NOT new.program OR old.class_year IS NOT new.class_year OR old.cohort IS NOT new.cohort OR old.advisor_id IS NOT new.advisor_id OR old.status IS NOT new.status OR old.confidential IS NOT new.confidential OR old.notes IS NOT new.notes) BEGIN
	UPDATE `students` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_version` AFTER UPDATE OF first_name, last_name, title, employer_id, email, phone, preferred_method, linkedin_url, verified_on, is_mentor, mentor_capacity, notes ON `contacts`
WHEN new.version = old.version AND (old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.title IS NOT new.title OR old.employer_id IS NOT new.employer_id OR old.email IS NOT new.email OR old.phone IS NOT new.phone OR old.preferred_method IS NOT new.preferred_method OR old.linkedin_url IS NOT new.linkedin_url OR old.verified_on IS NOT new.verified_on OR old.is_mentor IS NOT new.is_mentor OR old.mentor_capacity IS NOT new.mentor_capacity OR old.notes IS NOT new.notes) BEGIN
	UPDATE `contacts` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `employers_version` AFTER UPDATE OF name, industry, website, location, notes ON `employers`
WHEN new.version = old.version AND (old.name IS NOT new.name OR old.industry IS NOT new.industry OR old.website IS NOT new.website OR old.location IS NOT new.location OR old.notes IS NOT new.notes) BEGIN
	UPDATE `employers` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `connections_version` AFTER UPDATE OF student_id, contact_id, relationship, context, since_on, placement_id, reference_status, reference_status_on, resume_shared_on ON `connections`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.contact_id IS NOT new.contact_id OR old.relationship IS NOT new.relationship OR old.context IS NOT new.context OR old.since_on IS NOT new.since_on OR old.placement_id IS NOT new.placement_id OR old.reference_status IS NOT new.reference_status OR old.reference_status_on IS NOT new.reference_status_on OR old.resume_shared_on IS NOT new.resume_shared_on) BEGIN
	UPDATE `connections` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `placements_version` AFTER UPDATE OF student_id, employer_id, kind, role, supervisor_contact_id, start_on, end_on ON `placements`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.employer_id IS NOT new.employer_id OR old.kind IS NOT new.kind OR old.role IS NOT new.role OR old.supervisor_contact_id IS NOT new.supervisor_contact_id OR old.start_on IS NOT new.start_on OR old.end_on IS NOT new.end_on) BEGIN
	UPDATE `placements` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `goals_version` AFTER UPDATE OF student_id, kind, description, target_count, window_start_on, window_end_on, event_id, template_id, manual_adjustment, reflection ON `goals`
WHEN new.version = old.version AND (old.student_id IS NOT new.student_id OR old.kind IS NOT new.kind OR old.description IS NOT new.description OR old.target_count IS NOT new.target_count OR old.window_start_on IS NOT new.window_start_on OR old.window_end_on IS NOT new.window_end_on OR old.event_id IS NOT new.event_id OR old.template_id IS NOT new.template_id OR old.manual_adjustment IS NOT new.manual_adjustment OR old.reflection IS NOT new.reflection) BEGIN
	UPDATE `goals` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `events_version` AFTER UPDATE OF title, kind, format, starts_at, ends_at, location, link, capacity, description, prep_notes, status ON `events`
WHEN new.version = old.version AND (old.title IS NOT new.title OR old.kind IS NOT new.kind OR old.format IS NOT new.format OR old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at OR old.location IS NOT new.location OR old.link IS NOT new.link OR old.capacity IS NOT new.capacity OR old.description IS NOT new.description OR old.prep_notes IS NOT new.prep_notes OR old.status IS NOT new.status) BEGIN
	UPDATE `events` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `interactions_version` AFTER UPDATE OF connection_id, kind, occurred_on, summary, shared_contact_details, event_id ON `interactions`
WHEN new.version = old.version AND (old.connection_id IS NOT new.connection_id OR old.kind IS NOT new.kind OR old.occurred_on IS NOT new.occurred_on OR old.summary IS NOT new.summary OR old.shared_contact_details IS NOT new.shared_contact_details OR old.event_id IS NOT new.event_id) BEGIN
	UPDATE `interactions` SET version = old.version + 1, updated_by = NULL WHERE id = new.id;
END;
