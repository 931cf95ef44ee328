// The keep-in-touch clock in SQL. A connection's clock starts at its newest interaction, else its
// since-date, else the day it was recorded. Days past the ideal window: cooling; past the maximum: stale.
// Expects aliases: c = connections, w = keep_in_touch_windows, and a :today parameter (YYYY-MM-DD).

export const lastTouchSql = `coalesce(c.last_interaction_on, c.since_on, c.recorded_on)`;
export const daysSinceTouchSql = `cast(julianday(:today) - julianday(${lastTouchSql}) as integer)`;
// Family and friends are shown as in touch: they are outside the professional rhythm.
export const cadenceSql = `case when c.relationship = 'personal' then 'fresh' when ${daysSinceTouchSql} > w.max_days then 'stale' when ${daysSinceTouchSql} > w.ideal_days then 'cooling' else 'fresh' end`;

/** Family and friends are never part of the professional keep-in-touch rhythm. */
export const trackedRelationshipSql = `c.relationship <> 'personal'`;
