import { Anchor, Badge, Group, Paper, Skeleton, Text } from '@mantine/core';
import { IconArrowRight, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { StudentDetail } from '@shared/api/students';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
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
            {/* The class year is one of the facts below: said once on the record. */}
            {[s.preferredName ? `${s.firstName} ${s.lastName}` : null, s.externalId, s.program].filter(Boolean).join(' · ')}
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
        <Group gap="xl" style={{ rowGap: 'var(--mantine-spacing-xs)' }} align="flex-start">
          <DetailField label="School email">{s.schoolEmail ? <Anchor href={`mailto:${s.schoolEmail}`}>{s.schoolEmail}</Anchor> : null}</DetailField>
          <DetailField label="Phone">{s.phone ? <Anchor href={`tel:${s.phone}`}>{s.phone}</Anchor> : null}</DetailField>
          <DetailField label="Advisor">{s.advisorName ?? 'Unassigned'}</DetailField>
          <DetailField label="Class year">{s.classYear}</DetailField>
          <ReadinessFact studentId={s.id} />
        </Group>
        {s.mayChange ? null : <ReadOnlyNote student={s} />}
      </Paper>
    </>
  );
}

/** The level and count in a word, then the single next step of the most promising reference, linking to References. */
function ReadinessFact({ studentId }: { studentId: number }) {
  const readiness = useApiQuery('readiness.student', { id: studentId });
  const data = readiness.isPlaceholderData ? undefined : readiness.data;
  if (!data) return <DetailField label="References">{readiness.isError ? 'Not available' : <Skeleton h={20} w={140} />}</DetailField>;
  const next = data.candidates.find((c) => c.nextAction !== null);
  return (
    <DetailField label="References">
      <Group gap={6} wrap="nowrap">
        <span style={{ flexShrink: 0 }}>
          <ReadinessLevelBadge level={data.level} />
        </span>
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
    </DetailField>
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
