import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { studentPath, type StudentSection } from '@renderer/features/students/studentSections';

/** A student's name in a row or list, linking to the section of their record the row is about (the overview by default). */
export function StudentLink({ row, section }: { row: { studentId: number; studentName: string }; section?: StudentSection }) {
  return (
    <Anchor component={Link} to={studentPath(row.studentId, section)} size="sm" fw={500}>
      {row.studentName}
    </Anchor>
  );
}
