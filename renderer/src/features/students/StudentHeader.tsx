import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { IconArrowRight, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { StudentDetail } from '@shared/api/students';
import { useApiQuery } from '@renderer/api/hooks';
import { RecordHeader } from '@renderer/components/RecordPage';
import { StudentStatusBadge } from '@renderer/components/StatusBadge';
import { Offered } from '@renderer/components/Offered';
import { ReadinessLevelBadge } from '@renderer/features/readiness/readinessBadges';
import { readyCountText } from '@renderer/features/readiness/readinessDisplay';
import { StudentArchiveButton } from './StudentArchiveButton';
import { studentPath } from './studentSections';

/**
 * The top of a student's record, kept compact so the sections start above the fold: who the student is, how to reach
 * them, whose caseload they are in, and where their references stand with the next step.
 */
export function StudentHeader({ student: s, onEdit }: { student: StudentDetail; onEdit: () => void }) {
  return (
    <>
      <RecordHeader
        crumb={{ to: '/students', label: 'Students' }}
        title={s.displayName}
        badges={
          <>
            <StudentStatusBadge status={s.status} />
            {s.confidential && (
              <Badge color="orange" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
                Confidential
              </Badge>
            )}
          </>
        }
        subtitle={
          <Text c="dimmed" size="sm">
            {[s.preferredName ? `${s.firstName} ${s.lastName}` : null, s.externalId, s.program, s.classYear ? `Class of ${s.classYear}` : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        }
        edit={{ procedure: 'students.update', onClick: onEdit }}
        actions={
          <Offered procedure="students.setStatus">
            <StudentArchiveButton student={s} />
          </Offered>
        }
      />
      <Paper withBorder radius="md" px="md" py="sm">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" verticalSpacing="xs">
          <Fact label="School email">{s.schoolEmail && <Anchor href={`mailto:${s.schoolEmail}`}>{s.schoolEmail}</Anchor>}</Fact>
          <Fact label="Phone">{s.phone && <Anchor href={`tel:${s.phone}`}>{s.phone}</Anchor>}</Fact>
          <Fact label="Advisor">{s.advisorName ?? 'Unassigned'}</Fact>
          <Fact label="Class year">{s.classYear}</Fact>
          <ReadinessFact studentId={s.id} />
        </SimpleGrid>
        {s.mayChange ? null : <ReadOnlyNote student={s} />}
      </Paper>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** The level and count in a word, then the single next step of the most promising reference, linking to References. */
function ReadinessFact({ studentId }: { studentId: number }) {
  const readiness = useApiQuery('readiness.student', { id: studentId });
  const data = readiness.isPlaceholderData ? undefined : readiness.data;
  if (!data) return <Fact label="References">{readiness.isError ? 'Not available' : <Skeleton h={20} w={140} />}</Fact>;
  const next = data.candidates.find((c) => c.nextAction !== null);
  return (
    <Fact label="References">
      <Group gap={6} wrap="nowrap">
        <ReadinessLevelBadge level={data.level} />
        <Text size="sm" span>
          {readyCountText(data.readyReferences, data.target)}
        </Text>
      </Group>
      {next && (
        <Anchor component={Link} to={studentPath(studentId, 'references')} size="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
          <IconArrowRight size={12} aria-hidden />
          Next: {next.nextAction}
        </Anchor>
      )}
    </Fact>
  );
}

/** Why the page offers no Edit, New or Log: the student is someone else's to change (the server would refuse). */
function ReadOnlyNote({ student }: { student: StudentDetail }) {
  const where = student.advisorName ? `is in ${student.advisorName}'s caseload` : 'has no advisor';
  return (
    <Text size="sm" c="dimmed" mt="xs">
      Read only: {student.displayName} {where}.
    </Text>
  );
}
