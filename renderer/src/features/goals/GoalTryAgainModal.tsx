import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { goalsProcedures, type Goal } from '@shared/api/goals';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { FormError } from '@renderer/components/FormError';
import { formatRange, goalWindowLabel, retryWindow } from './goalHelpers';
import { sentence, showServerError } from '@renderer/components/serverErrors';

interface Values {
  windowStartOn: string;
  windowEndOn: string;
}

const fieldLabels = { windowStartOn: 'From', windowEndOn: 'To' };
const tryAgainInput = goalsProcedures['goals.tryAgain'].input;

/** A second go at a goal that was not met yet: the same goal, a fresh window of the same length. */
export function GoalTryAgainModal({ goal, onClose }: { goal: Goal | null; onClose: () => void }) {
  return (
    <Modal opened={goal !== null} onClose={onClose} title="Try again" size="md">
      {goal && <TryAgainForm goal={goal} onDone={onClose} />}
    </Modal>
  );
}

function validate(goalId: number, values: Values): Partial<Record<keyof Values, string>> {
  const errors: Partial<Record<keyof Values, string>> = {};
  const result = tryAgainInput.safeParse({ id: goalId, ...values });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if ((field === 'windowStartOn' || field === 'windowEndOn') && !errors[field]) errors[field] = sentence(issue.message, fieldLabels[field]);
    }
  }
  return errors;
}

function TryAgainForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const tryAgain = useApiMutation('goals.tryAgain');
  const [formError, setFormError] = useState<string | null>(null);
  const fresh = retryWindow(goal);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { windowStartOn: fresh.from, windowEndOn: fresh.to },
    validate: (values) => validate(goal.id, values),
  });

  const onError = (error: ApiError) => showServerError(error, fieldLabels, form, setFormError);

  const submit = form.onSubmit((values) => {
    setFormError(null);
    tryAgain.mutate(
      { id: goal.id, ...values },
      {
        onSuccess: (copy) => {
          notifications.show({
            color: 'teal',
            message: `A fresh start: “${copy.description}” runs ${formatRange(copy.effectiveStartOn, copy.effectiveEndOn)}.`,
          });
          onDone();
        },
        onError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          “{goal.description}” reached {goal.progress} of {goal.targetCount} ({goalWindowLabel(goal)}): not yet, and that was good practice. The
          same goal gets a new window; the first try stays in the history.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="From" type="date" withAsterisk data-autofocus {...form.getInputProps('windowStartOn')} />
          <TextInput label="To" type="date" withAsterisk min={form.values.windowStartOn || undefined} {...form.getInputProps('windowEndOn')} />
        </SimpleGrid>
        <FormError message={formError} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone} disabled={tryAgain.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={tryAgain.isPending}>
            Start again
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
