-- Default keep-in-touch windows (days), editable in Settings.
INSERT INTO `keep_in_touch_windows` (relationship, ideal_days, max_days) VALUES
	('supervisor', 90, 180),
	('mentor', 60, 120),
	('coworker', 120, 240),
	('hiring_committee', 120, 270),
	('informational_interview', 90, 180),
	('met_at_event', 60, 150),
	('faculty', 120, 240),
	('personal', 180, 365),
	('other', 120, 240);
--> statement-breakpoint
-- The keep-in-touch clock: any interaction on a connection resets it. Triggers keep
-- connections.last_interaction_on equal to the newest interaction, in the same transaction as the write.
UPDATE `connections` SET last_interaction_on = (SELECT max(i.occurred_on) FROM interactions i WHERE i.connection_id = connections.id);
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_after_insert` AFTER INSERT ON `interactions`
WHEN new.occurred_on > coalesce((SELECT last_interaction_on FROM connections WHERE id = new.connection_id), '') BEGIN
	UPDATE connections SET last_interaction_on = new.occurred_on WHERE id = new.connection_id;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_after_update` AFTER UPDATE OF occurred_on, connection_id ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT max(occurred_on) FROM interactions WHERE connection_id = old.connection_id) WHERE id = old.connection_id;
	UPDATE connections SET last_interaction_on = (SELECT max(occurred_on) FROM interactions WHERE connection_id = new.connection_id) WHERE id = new.connection_id;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_after_delete` AFTER DELETE ON `interactions` BEGIN
	UPDATE connections SET last_interaction_on = (SELECT max(occurred_on) FROM interactions WHERE connection_id = old.connection_id) WHERE id = old.connection_id;
END;
