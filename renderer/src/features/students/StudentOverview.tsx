import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { StudentDetail } from '@shared/api/students';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
import { formatDate } from '@renderer/components/format';
import { SectionCard } from '@renderer/components/SectionCard';
import { ReadinessSummary } from '@renderer/features/readiness/ReadinessPanel';
import { WrapUpPanel } from '@renderer/features/wrap-up/WrapUpPanel';
import { NetworkSummary } from './NetworkSummary';
import { NotesBrief } from './NotesBrief';
import { Brief } from './OverviewBrief';
import { studentPath } from './studentSections';

/**
 * The record at a glance: the network, references, goals and notes in brief (each linking to its section), the wrap-up
 * and studies. The class year is in the header; the notes are edited in their own tab only.
 */
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
        <NotesBrief student={s} />
      </SimpleGrid>
    </Stack>
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
