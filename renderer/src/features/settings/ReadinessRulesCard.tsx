import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { readinessRulesSchema, type ReadinessRules } from '@shared/api/readiness';
import { defaultReadinessRules, readinessItemLabels, readinessItems, type ReadinessItem } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { sentence } from '@renderer/components/serverErrors';
import { notify } from '@renderer/components/notify';
import { SettingsActions } from './SettingsActions';
import { SettingsCard } from './SettingsCard';
import { useUnsavedChanges } from '@renderer/components/unsavedChanges';

// NumberInput reports '' while a field is empty.
type Entry = number | string;
interface Draft {
  targetReferences: Entry;
  knownMonths: Entry;
  weights: Record<ReadinessItem, Entry>;
}
type Field = 'targetReferences' | 'knownMonths' | ReadinessItem;

// The two numbers beside the weights, edited alike.
const thresholds = [
  {
    field: 'targetReferences',
    label: 'References needed to be ready',
    description: 'A student with this many ready references is reference-ready',
    min: 1,
    max: 10,
  },
  {
    field: 'knownMonths',
    label: 'Months known before someone can be a reference',
    description: 'At 0, anyone with a known since-date counts',
    min: 0,
    max: 60,
  },
] as const;

function toDraft(rules: ReadinessRules): Draft {
  return { targetReferences: rules.targetReferences, knownMonths: rules.knownMonths, weights: { ...rules.weights } };
}

function numberOf(entry: Entry): number {
  return typeof entry === 'number' ? entry : 0;
}

function toRules(draft: Draft): ReadinessRules {
  const weights = { ...defaultReadinessRules.weights };
  for (const item of readinessItems) weights[item] = numberOf(draft.weights[item]);
  return { targetReferences: numberOf(draft.targetReferences), knownMonths: numberOf(draft.knownMonths), weights };
}

function isField(name: unknown): name is Field {
  return name === 'targetReferences' || name === 'knownMonths' || readinessItems.some((item) => item === name);
}

/** Field errors and a message about the weights as a whole, from the contract's own schema. */
function validate(draft: Draft): { fields: Partial<Record<Field, string>>; weights: string | null } {
  const fields: Partial<Record<Field, string>> = {};
  let weights: string | null = null;
  const result = readinessRulesSchema.safeParse(toRules(draft));
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Weights sit one level down: ['weights', 'thanked']; the "at least one" rule is on ['weights'] itself.
      const field = issue.path[0] === 'weights' ? issue.path[1] : issue.path[0];
      if (isField(field)) fields[field] ??= sentence(issue.message);
      else weights ??= sentence(issue.message);
    }
  }
  if (draft.targetReferences === '') fields.targetReferences = 'Enter a number';
  if (draft.knownMonths === '') fields.knownMonths = 'Enter a number of months';
  for (const item of readinessItems) if (draft.weights[item] === '') fields[item] = 'Enter a weight (0 leaves it out)';
  return { fields, weights };
}

function sameRules(a: ReadinessRules, b: ReadinessRules): boolean {
  return JSON.stringify(toRules(toDraft(a))) === JSON.stringify(toRules(toDraft(b)));
}

/** When a connection counts as a ready reference and how many a student needs: every readiness figure follows these. */
export function ReadinessRulesCard() {
  const rules = useApiQuery('readiness.rules', {});
  return (
    <SettingsCard
      title="Readiness rules"
      description="How many ready references a student needs, how long a reference should have known them, and how much each checklist item counts."
      query={rules}
      skeleton={240}
    >
      {(saved) => <RulesForm saved={saved} />}
    </SettingsCard>
  );
}

function RulesForm({ saved }: { saved: ReadinessRules }) {
  const [draft, setDraft] = useState(() => toDraft(saved));
  useUnsavedChanges(() => JSON.stringify(draft) !== JSON.stringify(toDraft(saved)));
  const [serverError, setServerError] = useState<string | null>(null);
  const save = useApiMutation('readiness.updateRules');
  const errors = validate(draft);
  const invalid = errors.weights !== null || Object.keys(errors.fields).length > 0;
  const changed = JSON.stringify(draft) !== JSON.stringify(toDraft(saved));
  const atDefaults = !changed && sameRules(saved, defaultReadinessRules);
  const total = readinessItems.reduce((sum, item) => sum + numberOf(draft.weights[item]), 0);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerError(null);
  };
  const setWeight = (item: ReadinessItem, value: Entry) => {
    setDraft((d) => ({ ...d, weights: { ...d.weights, [item]: value } }));
    setServerError(null);
  };

  const submit = (rules: ReadinessRules, message: string) =>
    save.mutate(rules, {
      onSuccess: (next) => {
        // The card restarts from the new rules anyway, except when they equal the old ones (resetting twice).
        setDraft(toDraft(next));
        notify.done(message);
      },
      onError: (error) => setServerError(error.message),
    });

  const confirmReset = () =>
    modals.openConfirmModal({
      title: 'Reset readiness rules to the defaults?',
      children: (
        <Text size="sm">
          {defaultReadinessRules.targetReferences} ready references needed, known for {defaultReadinessRules.knownMonths} months, and the default checklist
          weights. Every student’s readiness is recalculated with them.
        </Text>
      ),
      labels: { confirm: 'Reset to defaults', cancel: 'Cancel' },
      onConfirm: () => submit(defaultReadinessRules, 'Readiness rules reset to the defaults.'),
    });

  return (
    <Stack gap="md">
      <Group align="flex-start" grow>
        {thresholds.map((t) => (
          <CountInput
            key={t.field}
            label={t.label}
            description={t.description}
            min={t.min}
            max={t.max}
            value={draft[t.field]}
            onChange={(v) => edit({ [t.field]: v })}
            error={errors.fields[t.field]}
          />
        ))}
      </Group>
      <div>
        <Text fw={500} size="sm">
          Checklist weights
        </Text>
        <Text size="xs" c="dimmed">
          Weights are relative: a reference’s score is the weighted share of the checklist it meets, so only their proportions matter. 0 leaves an item out of
          the score.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {readinessItems.map((item) => {
          const weight = numberOf(draft.weights[item]);
          return (
            <CountInput
              key={item}
              label={readinessItemLabels[item]}
              description={total > 0 ? `${Math.round((weight / total) * 100)}% of the score` : 'No share yet'}
              min={0}
              max={100}
              value={draft.weights[item]}
              onChange={(v) => setWeight(item, v)}
              error={errors.fields[item]}
            />
          );
        })}
      </SimpleGrid>
      <Text size="sm" aria-live="polite">
        Weight total: <b>{total}</b>
      </Text>
      {errors.weights && (
        <Text size="sm" c="red" role="alert">
          {errors.weights}.
        </Text>
      )}
      {serverError && (
        <Alert color="red" title="Not saved" role="alert">
          {serverError}
        </Alert>
      )}
      <SettingsActions
        changed={changed}
        onDiscard={() => {
          setDraft(toDraft(saved));
          setServerError(null);
        }}
        aside={
          <Button variant="subtle" color="gray" disabled={atDefaults || save.isPending} onClick={confirmReset}>
            Reset to defaults
          </Button>
        }
      >
        <Button disabled={!changed || invalid} loading={save.isPending} onClick={() => submit(toRules(draft), 'Readiness rules saved.')}>
          Save rules
        </Button>
      </SettingsActions>
    </Stack>
  );
}
