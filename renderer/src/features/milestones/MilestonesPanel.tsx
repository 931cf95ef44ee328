import { Badge, Button, Checkbox, Group, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import type { Milestone } from '@shared/api/milestones';
import { milestoneKindLabels, relationshipKindLabels } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate, plural } from '@renderer/components/format';
import { todayIso } from '@renderer/components/dates';
import { MilestoneFormModal } from './MilestoneFormModal';
import { SectionCard } from '@renderer/components/SectionCard';
import { notify } from '@renderer/components/notify';
import { AddButton } from '@renderer/components/AddButton';
import { useMayCall } from '@renderer/app/session';

export function MilestonesPanel({ studentId }: { studentId: number }) {
  const milestones = useApiQuery('milestones.forStudent', { studentId });
  const [adding, setAdding] = useState(false);
  const rows = [...(milestones.data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id);
  const addButton = <AddButton procedure="milestones.create" label="Log milestone" onClick={() => setAdding(true)} />;

  let body;
  if (milestones.isError) body = <ErrorNotice error={milestones.error} onRetry={() => void milestones.refetch()} />;
  else if (!milestones.data) body = <Skeleton h={100} />;
  else if (rows.length === 0)
    body = (
      <EmptyState icon={<IconFlag size={24} />} title="No milestones yet" action={addButton}>
        Log when the student applies for a job, interviews, accepts an offer or graduates. Rapport suggests who to tell, recommender first.
      </EmptyState>
    );
  else
    body = (
      <Stack gap="md">
        {rows.map((m) => (
          <MilestoneCard key={m.id} milestone={m} />
        ))}
      </Stack>
    );

  return (
    <SectionCard title="Milestones" actions={rows.length > 0 ? addButton : undefined}>
      {body}
      <MilestoneFormModal opened={adding} onClose={() => setAdding(false)} studentId={studentId} />
    </SectionCard>
  );
}

/** One milestone and the people to tell about it; ticking them and saving logs a milestone update for each. */
function MilestoneCard({ milestone: m }: { milestone: Milestone }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const markSent = useApiMutation('milestones.markSent');
  // Who may only read this student (a viewer, another advisor's student) sees who to tell, without the ticks.
  const mayMark = useMayCall()('milestones.markSent');
  const unsent = m.suggestions.filter((s) => s.sentOn === null);

  const save = () =>
    markSent.mutate(
      { milestoneId: m.id, connectionIds: chosen, occurredOn: todayIso() },
      {
        onSuccess: () => {
          notify.done(`Logged a milestone update to ${plural(chosen.length, 'contact')}.`);
          setChosen([]);
        },
        onError: notify.failure('Not logged'),
      },
    );

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Text fw={600}>{milestoneKindLabels[m.kind]}</Text>
            <Text size="sm" c="dimmed" component="time" dateTime={m.occurredOn}>
              {formatDate(m.occurredOn)}
            </Text>
          </Group>
          {m.description && <Text size="sm">{m.description}</Text>}
          {m.recommendedByName && (
            <Text size="xs" c="dimmed">
              Recommended by {m.recommendedByName}
            </Text>
          )}
        </div>
        {m.suggestions.length > 0 && unsent.length === 0 && (
          <Badge color="teal" variant="light">
            Everyone told
          </Badge>
        )}
      </Group>
      {m.suggestions.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          No one to update yet: supervisors, mentors and the recommender appear here once they are connections.
        </Text>
      ) : (
        <Stack gap={6} mt="sm" role="group" aria-label={`Who to tell about ${milestoneKindLabels[m.kind].toLowerCase()} on ${formatDate(m.occurredOn)}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Who to tell
          </Text>
          {m.suggestions.map((s) =>
            s.sentOn ? (
              <Group key={s.connectionId} gap="xs" wrap="nowrap">
                <ThemeIcon size={20} radius="xl" variant="light" color="teal" aria-hidden>
                  <IconCircleCheck size={14} />
                </ThemeIcon>
                <Text size="sm">
                  {s.contactName}{' '}
                  <Text span size="xs" c="dimmed">
                    {relationshipKindLabels[s.relationship]} · Sent on {formatDate(s.sentOn)}
                  </Text>
                </Text>
              </Group>
            ) : !mayMark ? (
              <Text key={s.connectionId} size="sm">
                {s.contactName}{' '}
                <Text span size="xs" c="dimmed">
                  {relationshipKindLabels[s.relationship]} · {s.reason}
                </Text>
              </Text>
            ) : (
              <Checkbox
                key={s.connectionId}
                label={s.contactName}
                description={`${relationshipKindLabels[s.relationship]} · ${s.reason}`}
                checked={chosen.includes(s.connectionId)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setChosen((ids) => (checked ? [...ids, s.connectionId] : ids.filter((id) => id !== s.connectionId)));
                }}
              />
            ),
          )}
          {mayMark && unsent.length > 0 && (
            <Group mt={4} gap="sm">
              {chosen.length > 0 ? (
                <Button size="compact-sm" loading={markSent.isPending} onClick={save}>
                  Mark selected as sent
                </Button>
              ) : (
                <Text size="xs" c="dimmed">
                  Tick the people the student has told; each gets a milestone update dated today.
                </Text>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
