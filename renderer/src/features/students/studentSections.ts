/**
 * The sections of a student's record, each with its own address (`#/students/12/references`), so a link from My day,
 * the dashboard or a list lands on the part of the record it is about.
 */
export const studentSections = [
  { key: 'overview', label: 'Overview' },
  { key: 'goals', label: 'Goals' },
  { key: 'connections', label: 'Connections' },
  { key: 'references', label: 'References' },
  { key: 'notes', label: 'Notes & tasks' },
  { key: 'placements', label: 'Placements' },
  { key: 'milestones', label: 'Milestones' },
  { key: 'timeline', label: 'Timeline' },
] as const;

export type StudentSection = (typeof studentSections)[number]['key'];

export function isStudentSection(value: string | undefined): value is StudentSection {
  return studentSections.some((s) => s.key === value);
}

/** The address of a student's record, at one section (the overview when none is named). */
export function studentPath(id: number, section: StudentSection = 'overview'): string {
  return section === 'overview' ? `/students/${id}` : `/students/${id}/${section}`;
}
