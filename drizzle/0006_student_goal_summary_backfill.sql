-- Fills the per-student goal summary for data written before it existed.
UPDATE `students` SET
	goal_last_met_on = (SELECT max(g.met_on) FROM goals g WHERE g.student_id = students.id AND g.status = 'met'),
	goal_active_until = (SELECT max(coalesce(g.window_end_on, (SELECT date(e.ends_at, 'localtime', '+2 days') FROM events e WHERE e.id = g.event_id)))
		FROM goals g WHERE g.student_id = students.id AND g.status = 'active');
