import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { goalsProcedures, type Goal } from '@shared/api/goals';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { formatRange, goalWindowLabel, retryWindow } from './goalHelpers';
import { fieldErrors } from '@renderer/components/serverErrors';
import { FormActions } from '@renderer/components/FormActions';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  windowStartOn: string;
  windowEndOn: string;
}

const fieldLabels = { windowStartOn: 'From', windowEndOn: 'To' };
const tryAgainInput = goalsProcedures['goals.tryAgain'].input;

/** A second go at a goal that was not met yet: the same goal, a fresh window of the same length. */
export function GoalTryAgainModal({ goal, onClose }: { goal: Goal | null; onClose: () => void }) {
  return (
    <FormModal opened={goal !== null} onClose={onClose} title="Try again" size="md">
      {goal && <TryAgainForm goal={goal} onDone={onClose} />}
    </FormModal>
  );
}

function validate(goalId: number, values: Values): Record<string, string> {
  const result = tryAgainInput.safeParse({ id: goalId, ...values });
  return result.success ? {} : fieldErrors(result.error.issues, fieldLabels);
}

function TryAgainForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const fresh = retryWindow(goal);
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { windowStartOn: fresh.from, windowEndOn: fresh.to },
    validate: (values) => validate(goal.id, values),
    labels: fieldLabels,
    save: (values, run) => run('goals.tryAgain', { id: goal.id, ...values }),
    savedMessage: (copy) => `A fresh start: “${copy.description}” runs ${formatRange(copy.effectiveStartOn, copy.effectiveEndOn)}.`,
    onSaved: onDone,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          “{goal.description}” reached {goal.progress} of {goal.targetCount} ({goalWindowLabel(goal)}): not yet, and that was good practice. The same goal gets
          a new window; the first try stays in the history.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="From" type="date" withAsterisk data-autofocus {...form.getInputProps('windowStartOn')} />
          <TextInput label="To" type="date" withAsterisk min={form.values.windowStartOn || undefined} {...form.getInputProps('windowEndOn')} />
        </SimpleGrid>
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel="Start again" />
      </Stack>
    </form>
  );
}
