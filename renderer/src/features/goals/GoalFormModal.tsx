import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { goalInput, goalSchema, type Goal } from '@shared/api/goals';
import { goalKindLabels, goalKinds, type GoalKind } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { useApiQuery } from '@renderer/api/hooks';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { todayIso } from '@renderer/components/dates';
import { formatDate } from '@renderer/components/format';
import { addDays, ladderWindowDays } from './goalHelpers';
import { fieldErrors } from '@renderer/components/serverErrors';
import { FormActions } from '@renderer/components/FormActions';
import { RequiredSelect } from '@renderer/components/RequiredSelect';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  kind: GoalKind;
  description: string;
  // NumberInput reports '' while the field is empty; the contract then says what is missing.
  targetCount: number | string;
  windowStartOn: string;
  windowEndOn: string;
  eventId: number | null;
  manualAdjustment: number | string;
  reflection: string;
}

const fieldLabels = {
  kind: 'What counts',
  description: 'Description',
  targetCount: 'Target',
  windowStartOn: 'From',
  windowEndOn: 'To',
  eventId: 'Linked event',
  manualAdjustment: 'Manual adjustment',
  reflection: 'Reflection',
};

const kindOptions = goalKinds.map((k) => ({ value: k, label: goalKindLabels[k] }));

const kindHints: Record<GoalKind, string> = {
  people_met: 'Counts the different people with a conversation logged in the window: several conversations with one person count once.',
  new_people: 'Counts people first met in the window: a conversation with someone the student had no connection or touchpoint with before it starts.',
  questions_asked: 'Nothing logs questions: add them by hand with the manual adjustment or “Add one”.',
  informational_interviews: 'Counts informational interviews logged in the window.',
  follow_ups_sent: 'Counts thank-you notes, thank-you emails and LinkedIn connections logged in the window.',
  events_attended: 'Counts event check-ins in the window.',
  custom: 'Nothing is counted automatically: add progress by hand or mark it met.',
};

export function GoalFormModal({ opened, onClose, studentId, goal }: { opened: boolean; onClose: () => void; studentId: number; goal?: Goal }) {
  return (
    <FormModal opened={opened} onClose={onClose} title={goal ? 'Edit goal' : 'New goal'} size="lg">
      {opened && <GoalForm studentId={studentId} goal={goal} onDone={onClose} />}
    </FormModal>
  );
}

function toValues(goal: Goal | undefined): Values {
  const today = todayIso();
  return {
    kind: goal?.kind ?? 'people_met',
    description: goal?.description ?? '',
    targetCount: goal?.targetCount ?? 2,
    // A new goal gets a month by default; an event goal keeps dates ready in case the event is unlinked.
    windowStartOn: goal?.windowStartOn ?? today,
    windowEndOn: goal?.windowEndOn ?? addDays(today, ladderWindowDays),
    eventId: goal?.eventId ?? null,
    manualAdjustment: goal?.manualAdjustment ?? 0,
    reflection: goal?.reflection ?? '',
  };
}

function toInput(studentId: number, goal: Goal | undefined, values: Values) {
  const linked = values.eventId !== null;
  return {
    studentId,
    kind: values.kind,
    description: values.description,
    targetCount: typeof values.targetCount === 'number' ? values.targetCount : 0,
    // An event goal runs from the event to 48 hours after, so its own dates would only contradict that.
    windowStartOn: linked ? null : values.windowStartOn || null,
    windowEndOn: linked ? null : values.windowEndOn || null,
    eventId: values.eventId,
    templateId: goal?.templateId ?? null,
    manualAdjustment: typeof values.manualAdjustment === 'number' ? values.manualAdjustment : 0,
    reflection: values.reflection,
  };
}

/** The contract's own rules (target 1–50, real dates, a window or an event, end after start), in the form's words. */
function validate(studentId: number, goal: Goal | undefined, values: Values): Record<string, string> {
  const result = goalInput.safeParse(toInput(studentId, goal, values));
  const errors = result.success ? {} : fieldErrors(result.error.issues, fieldLabels);
  if (values.eventId === null) {
    if (!values.windowStartOn) errors.windowStartOn = 'Enter the first day, or choose a linked event.';
    if (!values.windowEndOn) errors.windowEndOn = 'Enter the last day, or choose a linked event.';
  }
  return errors;
}

function GoalForm({ studentId, goal, onDone }: { studentId: number; goal?: Goal; onDone: () => void }) {
  const events = useApiQuery('events.list', { when: 'upcoming', pageSize: 200 });
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: toValues(goal),
    editing: editingRecord(goal, goalSchema, toValues),
    validate: (values) => validate(studentId, goal, values),
    labels: fieldLabels,
    save: (values, run, version) => {
      const input = toInput(studentId, goal, values);
      return goal ? run('goals.update', { id: goal.id, version, ...input }) : run('goals.create', input);
    },
    savedMessage: (saved) => (goal ? `Saved the goal “${saved.description}”.` : `Goal set: “${saved.description}”.`),
    onSaved: onDone,
  });
  const linked = form.values.eventId !== null;

  const eventOptions = (events.data?.rows ?? []).map((e) => ({
    value: e.id,
    label: `${e.title} · ${formatDate(e.startsAt)}`,
  }));
  // A goal linked to an event that has since passed keeps it as a choice, or the select would show it as blank.
  if (goal && goal.eventId !== null && !eventOptions.some((o) => o.value === goal.eventId)) {
    eventOptions.unshift({ value: goal.eventId, label: goal.eventTitle ?? 'The linked event' });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RequiredSelect<GoalKind>
            label="What counts"
            description={kindHints[form.values.kind]}
            data={kindOptions}
            value={form.values.kind}
            onChange={(v) => form.setFieldValue('kind', v)}
            error={form.errors.kind}
            data-autofocus
          />
          <CountInput label="Target" description="How many, 1 to 50: small is good" withAsterisk min={1} max={50} {...form.getInputProps('targetCount')} />
        </SimpleGrid>
        <TextInput
          label="Description"
          withAsterisk
          placeholder="e.g. Introduce myself to two people and ask about their career paths"
          maxLength={300}
          {...form.getInputProps('description')}
        />
        <Select<number>
          label="Linked event"
          description={
            linked ? 'Counts from the event until 48 hours after it, so follow-ups count too.' : 'Optional: tie the goal to an upcoming event instead of dates.'
          }
          placeholder={events.isLoading ? 'Loading events…' : eventOptions.length === 0 ? 'No upcoming events' : 'No event: use the dates'}
          clearable
          searchable
          nothingFoundMessage="No upcoming event by that name"
          data={eventOptions}
          value={form.values.eventId}
          onChange={(v) => form.setFieldValue('eventId', v)}
          error={form.errors.eventId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="From"
            type="date"
            withAsterisk={!linked}
            {...form.getInputProps('windowStartOn')}
            // With an event linked the dates are not used: show them empty rather than misleading.
            value={linked ? '' : form.values.windowStartOn}
            disabled={linked}
          />
          <TextInput
            label="To"
            type="date"
            withAsterisk={!linked}
            min={form.values.windowStartOn || undefined}
            {...form.getInputProps('windowEndOn')}
            value={linked ? '' : form.values.windowEndOn}
            disabled={linked}
          />
        </SimpleGrid>
        <CountInput
          label="Manual adjustment"
          description="Added to what is counted: questions asked and other things that cannot be logged."
          min={0}
          max={50}
          {...form.getInputProps('manualAdjustment')}
        />
        <NotesInput
          label="Reflection"
          description="In the student’s words: what went well, what felt hard, what to try next time."
          maxLength={2000}
          {...form.getInputProps('reflection')}
        />
        <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={goal ? 'Save changes' : 'Save goal'} />
      </Stack>
    </form>
  );
}
