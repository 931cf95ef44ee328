import { Badge } from '@mantine/core';
import { studentStatusLabels, type StudentStatus } from '@shared/domain';

const colors: Record<StudentStatus, string> = { active: 'teal', alumnus: 'blue', archived: 'gray' };

export function StudentStatusBadge({ status }: { status: StudentStatus }) {
  return (
    <Badge color={colors[status]} variant="light" size="sm">
      {studentStatusLabels[status]}
    </Badge>
  );
}
