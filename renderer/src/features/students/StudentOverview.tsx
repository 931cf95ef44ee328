import { Anchor, Badge, Group, List, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { StudentDetail } from '@shared/api/students';
import { goalStatusLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { SectionCard } from '@renderer/components/SectionCard';
import { ReadinessLevelBadge } from '@renderer/features/readiness/readinessBadges';
import { readyCountText } from '@renderer/features/readiness/readinessDisplay';
import { WrapUpPanel } from '@renderer/features/wrap-up/WrapUpPanel';
import { NetworkSummary } from './NetworkSummary';
import { StudentNotesSection } from './StudentNotesSection';
import { studentPath, type StudentSection } from './studentSections';

/** The record at a glance: the network, references and goals in brief (each linking to its section), the wrap-up, studies and notes. */
export function StudentOverview({ student: s }: { student: StudentDetail }) {
  return (
    <Stack gap="md">
      <NetworkSummary studentId={s.id} />
      {/* The wrap-up comes first when there is one: it is the most time-sensitive thing on the record. */}
      <WrapUpPanel student={s} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ReadinessBrief studentId={s.id} />
        <GoalsBrief studentId={s.id} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard title="Studies">
          <SimpleGrid cols={2} spacing="sm">
            <Field label="Program">{s.program}</Field>
            <Field label="Class year">{s.classYear}</Field>
            <Field label="Cohort">{s.cohort}</Field>
            <Field label="Personal email">{s.personalEmail}</Field>
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
        </SectionCard>
        <StudentNotesSection student={s} />
      </SimpleGrid>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children ?? '—'}
      </Text>
    </div>
  );
}

function MoreLink({ studentId, section, children }: { studentId: number; section: StudentSection; children: ReactNode }) {
  return (
    <Anchor component={Link} to={studentPath(studentId, section)} size="sm">
      {children}
    </Anchor>
  );
}

function ReadinessBrief({ studentId }: { studentId: number }) {
  const readiness = useApiQuery('readiness.student', { id: studentId });
  const data = readiness.isPlaceholderData ? undefined : readiness.data;
  let body;
  if (readiness.isError) body = <ErrorNotice error={readiness.error} onRetry={() => void readiness.refetch()} />;
  else if (!data) body = <Skeleton h={80} />;
  else
    body = (
      <Stack gap="xs">
        <Group gap="sm">
          <ReadinessLevelBadge level={data.level} size="lg" />
          <Text fw={600}>{readyCountText(data.readyReferences, data.target)}</Text>
        </Group>
        {data.reasons.length > 0 && (
          <List size="sm" spacing={2} c="dimmed" aria-label="Why this level">
            {/* Reasons may repeat word for word and never reorder: the index is a stable key. */}
            {data.reasons.slice(0, 3).map((reason, index) => (
              <List.Item key={index}>{reason}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    );
  return (
    <SectionCard
      title="Reference readiness"
      actions={
        <MoreLink studentId={studentId} section="references">
          Every reference
        </MoreLink>
      }
    >
      {body}
    </SectionCard>
  );
}

function GoalsBrief({ studentId }: { studentId: number }) {
  const goals = useApiQuery('goals.forStudent', { studentId });
  const data = goals.isPlaceholderData ? undefined : goals.data;
  let body;
  if (goals.isError) body = <ErrorNotice error={goals.error} onRetry={() => void goals.refetch()} />;
  else if (!data) body = <Skeleton h={80} />;
  else {
    const active = data.filter((g) => g.status === 'active');
    const met = data.filter((g) => g.status === 'met').length;
    body = (
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {active.length} active · {met} met · {data.length} in all
        </Text>
        {active.length === 0 ? (
          <Text size="sm" c="dimmed">
            No goal is running now.
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {active.slice(0, 3).map((g) => (
              <List.Item key={g.id}>
                {g.description} — {g.progress} of {g.targetCount} ({goalStatusLabels[g.status].toLowerCase()}, until {formatDate(g.effectiveEndOn)})
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    );
  }
  return (
    <SectionCard
      title="Goals"
      actions={
        <MoreLink studentId={studentId} section="goals">
          All goals
        </MoreLink>
      }
    >
      {body}
    </SectionCard>
  );
}
