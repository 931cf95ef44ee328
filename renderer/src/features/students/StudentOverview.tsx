import { Anchor, Badge, Group, List, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { StudentDetail } from '@shared/api/students';
import type { ApiError } from '@renderer/api/client';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { SectionCard } from '@renderer/components/SectionCard';
import { ReadinessSummary } from '@renderer/features/readiness/ReadinessPanel';
import { WrapUpPanel } from '@renderer/features/wrap-up/WrapUpPanel';
import { NetworkSummary } from './NetworkSummary';
import { StudentNotesSection } from './StudentNotesSection';
import { studentPath } from './studentSections';

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
            <DetailField label="Program">{s.program}</DetailField>
            <DetailField label="Class year">{s.classYear}</DetailField>
            <DetailField label="Cohort">{s.cohort}</DetailField>
            <DetailField label="Personal email">{s.personalEmail}</DetailField>
            <DetailField label="Labels">
              {s.labels.length === 0 ? null : (
                <Group gap={4} component="span">
                  {s.labels.map((label) => (
                    <Badge key={label} variant="outline" size="sm">
                      {label}
                    </Badge>
                  ))}
                </Group>
              )}
            </DetailField>
          </SimpleGrid>
        </SectionCard>
        <StudentNotesSection student={s} />
      </SimpleGrid>
    </Stack>
  );
}

interface BriefQuery<T> {
  data: T | undefined;
  isPlaceholderData: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

/** A section in brief on the overview: what it says once loaded, and a link to the whole section. */
function Brief<T>({
  title,
  link,
  query,
  children,
}: {
  title: string;
  link: { to: string; label: string };
  query: BriefQuery<T>;
  children: (data: T) => ReactNode;
}) {
  // Placeholder data belongs to the previously opened student: never show it here.
  const data = query.isPlaceholderData ? undefined : query.data;
  let body: ReactNode;
  if (query.error) body = <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  else if (data === undefined) body = <Skeleton h={80} />;
  else body = children(data);
  return (
    <SectionCard
      title={title}
      actions={
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      }
    >
      {body}
    </SectionCard>
  );
}

function ReadinessBrief({ studentId }: { studentId: number }) {
  return (
    <Brief
      title="Reference readiness"
      link={{ to: studentPath(studentId, 'references'), label: 'Every reference' }}
      query={useApiQuery('readiness.student', { id: studentId })}
    >
      {(data) => <ReadinessSummary readiness={data} />}
    </Brief>
  );
}

function GoalsBrief({ studentId }: { studentId: number }) {
  return (
    <Brief title="Goals" link={{ to: studentPath(studentId, 'goals'), label: 'All goals' }} query={useApiQuery('goals.forStudent', { studentId })}>
      {(data) => {
        const active = data.filter((g) => g.status === 'active');
        const met = data.filter((g) => g.status === 'met').length;
        return (
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
                    {g.description} — {g.progress} of {g.targetCount} (until {formatDate(g.effectiveEndOn)})
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      }}
    </Brief>
  );
}
