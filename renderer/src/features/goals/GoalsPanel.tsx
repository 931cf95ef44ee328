import { Badge, Blockquote, Button, Group, Paper, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconPencil, IconPlayerPause, IconPlayerPlay, IconPlus, IconRefresh, IconTarget, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Goal } from '@shared/api/goals';
import { goalKindLabels } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { GoalFormModal } from './GoalFormModal';
import { GoalLadder } from './GoalLadder';
import { GoalTryAgainModal } from './GoalTryAgainModal';
import { formatRange, goalStatusBadge, goalWindowLabel, manualKinds } from './goalHelpers';
import { SectionCard } from '@renderer/components/SectionCard';
import { notify } from '@renderer/components/notify';
import { AddButton } from '@renderer/components/AddButton';
import { Offered } from '@renderer/components/Offered';

// A Record over every status, so a new status cannot be left out. What needs the advisor first: goals in progress, then the ones to try again, then the record of the past.
const statusOrder: Record<Goal['status'], number> = { active: 0, not_met_yet: 1, met: 2, dropped: 3 };

function sortGoals(goals: Goal[]): Goal[] {
  return [...goals].sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.effectiveEndOn.localeCompare(a.effectiveEndOn) || b.id - a.id);
}

/** The student's networking goals with their progress, the next rung of the ladder, and what to do with each goal. */
export function GoalsPanel({ studentId }: { studentId: number }) {
  const goals = useApiQuery('goals.forStudent', { studentId });
  const [formFor, setFormFor] = useState<{ goal?: Goal } | null>(null);
  const [retrying, setRetrying] = useState<Goal | null>(null);

  let body;
  if (goals.isError) body = <ErrorNotice error={goals.error} onRetry={() => void goals.refetch()} />;
  else if (!goals.data) body = <Skeleton h={120} />;
  else if (goals.data.length === 0)
    body = (
      <EmptyState
        icon={<IconTarget size={24} />}
        title="No goals yet"
        action={
          <Offered procedure="goals.create">
            <Button variant="light" onClick={() => setFormFor({})}>
              Set a first small goal
            </Button>
          </Offered>
        }
      >
        Start small: one conversation at the next event, or three questions prepared beforehand. Each goal met makes the next step easier.
      </EmptyState>
    );
  else
    body = (
      <Stack gap="sm">
        {sortGoals(goals.data).map((g) => (
          <GoalCard key={g.id} goal={g} onEdit={() => setFormFor({ goal: g })} onTryAgain={() => setRetrying(g)} />
        ))}
      </Stack>
    );

  return (
    <SectionCard title="Goals" actions={<AddButton procedure="goals.create" label="New goal" onClick={() => setFormFor({})} />}>
      <Stack gap="md">
        <GoalLadder studentId={studentId} goals={goals.data} />
        {body}
      </Stack>
      <GoalFormModal opened={formFor !== null} onClose={() => setFormFor(null)} studentId={studentId} goal={formFor?.goal} />
      <GoalTryAgainModal goal={retrying} onClose={() => setRetrying(null)} />
    </SectionCard>
  );
}

function GoalCard({ goal, onEdit, onTryAgain }: { goal: Goal; onEdit: () => void; onTryAgain: () => void }) {
  const update = useApiMutation('goals.update');
  const setDropped = useApiMutation('goals.setDropped');
  const markMet = useApiMutation('goals.markMet');
  const remove = useApiMutation('goals.delete');
  const badge = goalStatusBadge(goal);
  const percent = goal.targetCount > 0 ? Math.min(100, Math.round((goal.progress / goal.targetCount) * 100)) : 0;
  const open = goal.status === 'active' || goal.status === 'not_met_yet';
  const progressColor = goal.status === 'met' ? 'teal' : goal.status === 'not_met_yet' ? 'orange' : goal.status === 'dropped' ? 'gray' : 'blue';

  // "Add one" is a full update with the adjustment one higher: the contract has no increment of its own.
  const addOne = () =>
    update.mutate(
      {
        id: goal.id,
        studentId: goal.studentId,
        kind: goal.kind,
        description: goal.description,
        targetCount: goal.targetCount,
        windowStartOn: goal.windowStartOn,
        windowEndOn: goal.windowEndOn,
        eventId: goal.eventId,
        templateId: goal.templateId,
        manualAdjustment: goal.manualAdjustment + 1,
        reflection: goal.reflection,
      },
      {
        onSuccess: (saved) =>
          notify.done(saved.status === 'met' ? `Goal met: “${saved.description}”. Well done!` : `${saved.progress} of ${saved.targetCount} now.`),
        onError: notify.failure('Not added'),
      },
    );

  // One button drops an open goal or picks a dropped one up again.
  const dropped = goal.status === 'dropped';
  const undrop = () => setDropped.mutate({ id: goal.id, dropped: false }, { onError: notify.failure('Not picked up again') });
  const confirmDrop = () =>
    modals.openConfirmModal({
      title: 'Drop this goal?',
      children: (
        <Text size="sm">“{goal.description}” stops counting and leaves the active goals. Nothing is deleted, and you can pick it up again with “Undrop”.</Text>
      ),
      labels: { confirm: 'Drop goal', cancel: 'Cancel' },
      onConfirm: () =>
        setDropped.mutate({ id: goal.id, dropped: true }, { onSuccess: () => notify.removed('Goal dropped.'), onError: notify.failure('Not dropped') }),
    });

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this goal?',
      children: (
        <Text size="sm">
          “{goal.description}” and its reflection are removed from the student’s record. To keep the history, drop it instead. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete goal', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate({ id: goal.id }, { onSuccess: () => notify.removed('Goal deleted.'), onError: notify.failure('Not deleted') }),
    });

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={goal.description}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={500}>{goal.description}</Text>
            <Text size="xs" c="dimmed">
              {goalKindLabels[goal.kind]} · {goalWindowLabel(goal)}
              {/* An event goal also counts the 48 hours after, so the follow-ups sent then show up. */}
              {goal.eventId !== null && ` (${formatRange(goal.effectiveStartOn, goal.effectiveEndOn)})`}
            </Text>
          </div>
          <Badge color={badge.color} variant="light" style={{ flexShrink: 0 }}>
            {badge.label}
          </Badge>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={percent}
            color={progressColor}
            size="lg"
            radius="xl"
            style={{ flex: 1 }}
            aria-label={`Progress: ${goal.progress} of ${goal.targetCount}`}
          />
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {goal.progress} of {goal.targetCount}
          </Text>
        </Group>
        {goal.manualAdjustment > 0 && (
          <Text size="xs" c="dimmed">
            Includes {goal.manualAdjustment} added by hand.
          </Text>
        )}
        {goal.reflection && (
          <Blockquote color="gray" p="sm" radius="sm" cite="— the student’s reflection" fz="sm" fs="italic">
            {goal.reflection}
          </Blockquote>
        )}
        {/* Every one of these changes the goal (goals.update, markMet, setDropped, tryAgain, delete share one rule). */}
        <Offered procedure="goals.update">
          <Group gap="xs">
            {goal.status === 'not_met_yet' && (
              <Button size="compact-sm" color="orange" leftSection={<IconRefresh size={14} />} onClick={onTryAgain}>
                Try again
              </Button>
            )}
            {open && manualKinds.includes(goal.kind) && (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                loading={update.isPending}
                disabled={goal.manualAdjustment >= 50}
                onClick={addOne}
              >
                Add one
              </Button>
            )}
            {open && goal.kind === 'custom' && (
              <Button
                size="compact-sm"
                variant="light"
                color="teal"
                leftSection={<IconCheck size={14} />}
                loading={markMet.isPending}
                onClick={() =>
                  markMet.mutate(
                    { id: goal.id, metOn: todayIso() },
                    { onSuccess: () => notify.done('Goal met. Well done!'), onError: notify.failure('Not marked met') },
                  )
                }
              >
                Mark met
              </Button>
            )}
            <Button size="compact-sm" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit}>
              Edit
            </Button>
            {goal.status !== 'met' && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={dropped ? <IconPlayerPlay size={14} /> : <IconPlayerPause size={14} />}
                loading={setDropped.isPending}
                onClick={dropped ? undrop : confirmDrop}
              >
                {dropped ? 'Undrop' : 'Drop'}
              </Button>
            )}
            <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} loading={remove.isPending} onClick={confirmDelete}>
              Delete
            </Button>
          </Group>
        </Offered>
      </Stack>
    </Paper>
  );
}
