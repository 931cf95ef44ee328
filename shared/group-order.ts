// The order of the dashboard's "by cohort / program / class year" groups, one rule for the screen and the
// exported workbook: names in natural order ("Cohort 2" before "Cohort 10"), class years ascending, and the
// students with no value ("Not set") last — they are the ones to fix, not to compare.

interface Group {
  /** The cohort, program or class year (as text); null for students who have none. */
  value: string | null;
}

function unsetLast(a: Group, b: Group): number | null {
  if (a.value !== null && b.value !== null) return null;
  return a.value === b.value ? 0 : a.value === null ? 1 : -1;
}

/** Cohorts and programs: by name, numbers within names compared as numbers, case ignored; "Not set" last. */
export function byGroupName(a: Group, b: Group): number {
  return unsetLast(a, b) ?? (a.value ?? '').localeCompare(b.value ?? '', undefined, { numeric: true, sensitivity: 'base' });
}

/** Class years: ascending; "Not set" last. */
export function byGroupYear(a: Group, b: Group): number {
  return unsetLast(a, b) ?? Number(a.value) - Number(b.value);
}
