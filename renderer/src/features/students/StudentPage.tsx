import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArrowBackUp, IconLock, IconUserQuestion } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { Student, StudentDetail } from '@shared/api/students';
import { StudentAccess } from '@renderer/app/ReadOnlyStudent';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { RecordHeader, recordPage } from '@renderer/components/RecordPage';
import { StudentStatusBadge } from '@renderer/components/StatusBadge';
import { ConnectionsPanel } from '@renderer/features/connections/ConnectionsPanel';
import { GoalsPanel } from '@renderer/features/goals/GoalsPanel';
import { MilestonesPanel } from '@renderer/features/milestones/MilestonesPanel';
import { NetworkSummary } from './NetworkSummary';
import { PlacementsPanel } from '@renderer/features/placements/PlacementsPanel';
import { ReadinessPanel } from '@renderer/features/readiness/ReadinessPanel';
import { StudentFormModal } from './StudentFormModal';
import { TimelinePanel } from './TimelinePanel';
import { WrapUpPanel } from '@renderer/features/wrap-up/WrapUpPanel';
import { notify } from '@renderer/components/notify';
import { Offered } from '@renderer/components/Offered';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children ?? '—'}
      </Text>
    </div>
  );
}

export const StudentPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('students.get', { id }, { enabled }),
  missing: { icon: <IconUserQuestion size={24} />, what: 'student', list: 'students', message: 'The address does not point to a student.' },
  view: (s) => (
    <StudentAccess mayChange={s.mayChange}>
      <StudentView student={s} />
    </StudentAccess>
  ),
});

function StudentView({ student: s }: { student: StudentDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <RecordHeader
        crumb={{ to: '/students', label: 'Students' }}
        title={s.displayName}
        badges={
          <>
            <StudentStatusBadge status={s.status} />
            {s.confidential && (
              <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
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
        edit={{ procedure: 'students.update', onClick: () => setEditing(true) }}
        actions={
          <Offered procedure="students.setStatus">
            <ArchiveButton student={s} />
          </Offered>
        }
      />
      {!s.mayChange && <ReadOnlyNote student={s} />}
      <NetworkSummary studentId={s.id} />
      <ReadinessPanel student={s} />
      <GoalsPanel studentId={s.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Title order={4} mb="sm">
            Contact
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Field label="School email">{s.schoolEmail}</Field>
            <Field label="Personal email">{s.personalEmail}</Field>
            <Field label="Phone">{s.phone}</Field>
            <Field label="Advisor">{s.advisorName ?? 'Unassigned'}</Field>
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg">
          <Title order={4} mb="sm">
            Studies
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Field label="Program">{s.program}</Field>
            <Field label="Class year">{s.classYear}</Field>
            <Field label="Cohort">{s.cohort}</Field>
            <Field label="Labels">
              {s.labels.length === 0 ? null : (
                <Group gap={4} component="span">
                  {s.labels.map((label) => (
                    <Badge key={label} variant="outline" size="sm">
                      {label}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
          </SimpleGrid>
        </Card>
      </SimpleGrid>
      <Card withBorder padding="lg">
        <Title order={4} mb="xs">
          Notes
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={s.notes ? undefined : 'dimmed'}>
          {s.notes ?? 'No notes yet.'}
        </Text>
        <Text size="xs" c="dimmed" mt="md">
          Added {formatDate(s.createdAt)} · Last updated {formatDate(s.updatedAt)}
        </Text>
      </Card>
      {/* The wrap-up comes first when there is one: it is the most time-sensitive thing on the page. */}
      <WrapUpPanel student={s} />
      <ConnectionsPanel studentId={s.id} />
      <PlacementsPanel studentId={s.id} />
      <MilestonesPanel studentId={s.id} />
      <TimelinePanel studentId={s.id} />
      <StudentFormModal opened={editing} onClose={() => setEditing(false)} student={s} />
    </Stack>
  );
}

/** Why the page offers no Edit, New or Log: the student is someone else's to change (the server would refuse). */
function ReadOnlyNote({ student }: { student: Student }) {
  const where = student.advisorName ? `is in ${student.advisorName}'s caseload` : 'has no advisor';
  return (
    <Text size="sm" c="dimmed" mt={-8}>
      Read only: {student.displayName} {where}.
    </Text>
  );
}

/** Archive asks first and can be undone from the notification; restoring is one click. */
function ArchiveButton({ student }: { student: Student }) {
  const setStatus = useApiMutation('students.setStatus');
  const onError = notify.failure('Status not changed');
  if (student.status === 'archived') {
    return (
      <Button
        variant="light"
        leftSection={<IconArrowBackUp size={16} />}
        loading={setStatus.isPending}
        onClick={() => setStatus.mutate({ id: student.id, status: 'active' }, { onError })}
      >
        Restore
      </Button>
    );
  }
  const previous = student.status;
  return (
    <Button
      variant="light"
      color="red"
      leftSection={<IconArchive size={16} />}
      loading={setStatus.isPending}
      onClick={() =>
        modals.openConfirmModal({
          title: `Archive ${student.displayName}?`,
          children: (
            <Text size="sm">Archived students leave the caseload and the dashboard figures. Nothing is deleted, and you can restore them at any time.</Text>
          ),
          labels: { confirm: 'Archive', cancel: 'Cancel' },
          confirmProps: { color: 'red' },
          onConfirm: () =>
            setStatus.mutate(
              { id: student.id, status: 'archived' },
              {
                onError,
                onSuccess: () =>
                  notify.undoable({
                    id: `archived-${student.id}`,
                    color: 'gray',
                    title: `${student.displayName} archived`,
                    onUndo: () => setStatus.mutate({ id: student.id, status: previous }, { onError }),
                  }),
              },
            ),
        })
      }
    >
      Archive
    </Button>
  );
}
