import { Badge, Button, Collapse, Group, List, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconStairsUp } from '@tabler/icons-react';
import { DisclosureButton } from '@renderer/components/DisclosureButton';
import { useId } from 'react';
import type { Goal } from '@shared/api/goals';
import { goalKindLabels } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { addDays, ladderWindowDays } from './goalHelpers';
import { notify } from '@renderer/components/notify';

/**
 * The next rung after the last goal the student met, applied in one click, and the whole ladder on
 * demand so the advisor can see how far the student has climbed.
 */
export function GoalLadder({ studentId, goals }: { studentId: number; goals: Goal[] | undefined }) {
  const next = useApiQuery('goals.nextRung', { studentId });
  const apply = useApiMutation('goals.applyTemplate');
  const [open, { toggle }] = useDisclosure(false);
  const listId = useId();

  const onApply = (templateId: number) => {
    const today = todayIso();
    apply.mutate(
      { studentId, templateId, windowStartOn: today, windowEndOn: addDays(today, ladderWindowDays) },
      {
        onSuccess: (goal) => notify.done(`Goal set: “${goal.description}” for the next ${ladderWindowDays} days.`),
        onError: notify.failure('Goal not set'),
      },
    );
  };

  let suggestion;
  if (next.isError) suggestion = <ErrorNotice error={next.error} onRetry={() => void next.refetch()} />;
  else if (!next.data) suggestion = <Skeleton h={40} />;
  else {
    const template = next.data.template;
    suggestion = (
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="violet" radius="xl" aria-hidden>
            <IconStairsUp size={18} />
          </ThemeIcon>
          <div>
            <Text size="sm" fw={500}>
              {template ? `Next step on the ladder: ${template.title}` : 'No next step on the ladder'}
            </Text>
            <Text size="xs" c="dimmed">
              {next.data.reason}
            </Text>
          </div>
        </Group>
        {template && (
          <Button size="compact-sm" variant="light" color="violet" loading={apply.isPending} onClick={() => onApply(template.id)}>
            Apply
          </Button>
        )}
      </Group>
    );
  }

  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-violet-light)">
      <Stack gap="xs">
        {suggestion}
        <Group>
          <DisclosureButton open={open} controls={listId} onClick={toggle}>
            Ladder
          </DisclosureButton>
        </Group>
        <Collapse expanded={open} id={listId}>
          <LadderRungs goals={goals} nextTemplateId={next.data?.template?.id ?? null} />
        </Collapse>
      </Stack>
    </Paper>
  );
}

function LadderRungs({ goals, nextTemplateId }: { goals: Goal[] | undefined; nextTemplateId: number | null }) {
  const templates = useApiQuery('goalTemplates.list', {});
  if (templates.isError) return <ErrorNotice error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!templates.data) return <Skeleton h={80} />;
  if (templates.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The ladder is empty: add rungs in Settings.
      </Text>
    );
  }
  // A rung is climbed once any goal made from it was met (a retry that worked counts too).
  const met = new Set((goals ?? []).filter((g) => g.status === 'met' && g.templateId !== null).map((g) => g.templateId));
  return (
    <List type="ordered" spacing={4} size="sm" aria-label="Goal ladder">
      {templates.data.map((t) => (
        <List.Item key={t.id}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" c={met.has(t.id) ? 'dimmed' : undefined}>
              {t.title}
            </Text>
            <Text size="xs" c="dimmed">
              {goalKindLabels[t.kind]} · {t.targetCount}
            </Text>
            {met.has(t.id) && (
              <Badge size="xs" color="teal" variant="light" leftSection={<IconCheck size={10} />}>
                Met
              </Badge>
            )}
            {t.id === nextTemplateId && (
              <Badge size="xs" color="violet" variant="light">
                Next
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
