import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** A student's name in a row or list, linking to their page. */
export function StudentLink({ row }: { row: { studentId: number; studentName: string } }) {
  return (
    <Anchor component={Link} to={`/students/${row.studentId}`} size="sm" fw={500}>
      {row.studentName}
    </Anchor>
  );
}
