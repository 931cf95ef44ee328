import { Button, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { goalsProcedures, type GoalTemplate } from '@shared/api/goals';
import { goalKindLabels, goalKinds, type GoalKind } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';
import { OrderActions } from '@renderer/components/OrderActions';
import { RowActionsHeader } from '@renderer/components/RowActions';
import { SettingsActions } from './SettingsActions';
import { SettingsCard } from './SettingsCard';
import { useUnsavedChanges } from '@renderer/components/unsavedChanges';

const saveInput = goalsProcedures['goalTemplates.save'].input;
const kindOptions = goalKinds.map((k) => ({ value: k, label: goalKindLabels[k] }));

interface Rung {
  /** Stable React key: the id for saved rungs, a local counter for new ones (which have no id yet). */
  key: string;
  id: number | null;
  title: string;
  kind: GoalKind;
  // NumberInput reports '' while the field is empty.
  targetCount: number | string;
  description: string;
}
type RungField = 'title' | 'kind' | 'targetCount' | 'description';

const fieldLabels: Record<RungField, string> = {
  title: 'Title',
  kind: 'What counts',
  targetCount: 'Target',
  description: 'Description',
};

// The rung's two texts, edited alike: the title, then a tip for the student under it.
const rungTexts = [
  { field: 'title', label: 'Title', placeholder: 'e.g. Introduce yourself to two new people', maxLength: 200 },
  { field: 'description', label: 'Description', placeholder: 'Optional: a tip for the student', maxLength: 500 },
] as const;

function isRungField(name: unknown): name is RungField {
  return name === 'title' || name === 'kind' || name === 'targetCount' || name === 'description';
}

function toRungs(saved: GoalTemplate[]): Rung[] {
  return [...saved]
    .sort((a, b) => a.rung - b.rung)
    .map((t) => ({
      key: `saved-${t.id}`,
      id: t.id,
      title: t.title,
      kind: t.kind,
      targetCount: t.targetCount,
      description: t.description ?? '',
    }));
}

function toInput(rungs: Rung[]) {
  return {
    // The order of the list is the order of the ladder: the server numbers the rungs from it.
    templates: rungs.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      targetCount: typeof r.targetCount === 'number' ? r.targetCount : 0,
      description: r.description,
    })),
  };
}

/** Per-rung field errors and a message for the list as a whole, from the contract's own schema. */
function validate(rungs: Rung[]): { rows: Partial<Record<RungField, string>>[]; list: string | null } {
  const rows: Partial<Record<RungField, string>>[] = rungs.map(() => ({}));
  let list: string | null = null;
  const result = saveInput.safeParse(toInput(rungs));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [, index, field] = issue.path;
      const row = typeof index === 'number' ? rows[index] : undefined;
      if (row && isRungField(field)) row[field] ??= `${fieldLabels[field]} ${issue.message}`;
      else list ??= issue.message === 'keep at least one rung' ? 'Keep at least one rung' : `Check the ladder: ${issue.message}`;
    }
  }
  return { rows, list };
}

/** The ladder of goal templates, easiest first: the student page suggests the rung after the last one met. */
export function GoalLadderCard() {
  const templates = useApiQuery('goalTemplates.list', {});
  return (
    <SettingsCard
      title="Goal ladder"
      description="Small networking steps from easiest to hardest. Each student is offered the rung after the last goal they met, and advisors apply it in one click."
      query={templates}
      skeleton={160}
    >
      {(saved) => <LadderForm saved={saved} />}
    </SettingsCard>
  );
}

function LadderForm({ saved }: { saved: GoalTemplate[] }) {
  const initial = toRungs(saved);
  const [rungs, setRungs] = useState(initial);
  useUnsavedChanges(() => JSON.stringify(rungs) !== JSON.stringify(initial));
  const [showErrors, setShowErrors] = useState(false);
  const nextKey = useRef(0);
  const save = useApiMutation('goalTemplates.save');
  const changed = JSON.stringify(rungs) !== JSON.stringify(initial);
  const errors = validate(rungs);
  const invalid = errors.list !== null || errors.rows.some((r) => Object.keys(r).length > 0);

  const set = (index: number, patch: Partial<Rung>) => setRungs((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRungs((all) => {
      const target = index + by;
      if (target < 0 || target >= all.length) return all;
      const next = [...all];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(target, 0, moved);
      return next;
    });
  const add = () => {
    nextKey.current += 1;
    setRungs((all) => [...all, { key: `new-${nextKey.current}`, id: null, title: '', kind: 'people_met', targetCount: 1, description: '' }]);
  };
  const confirmRemove = (index: number, rung: Rung) =>
    modals.openConfirmModal({
      title: 'Remove this rung?',
      children: (
        <Text size="sm">“{rung.title || 'Untitled rung'}” leaves the ladder when you save. Goals already made from it stay on the students’ records.</Text>
      ),
      labels: { confirm: 'Remove rung', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => setRungs((all) => all.filter((_, i) => i !== index)),
    });

  const onSave = () => {
    // Errors show once a save is attempted, not while the advisor is still typing a new rung.
    setShowErrors(true);
    if (invalid) return;
    save.mutate(toInput(rungs), {
      onSuccess: () => notify.done('Goal ladder saved.'),
      onError: notify.failure('Not saved'),
    });
  };

  return (
    <Stack gap="sm">
      <Table aria-label="Goal ladder" verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Rung</Table.Th>
            <Table.Th w={190}>What counts</Table.Th>
            <Table.Th w={90}>Target</Table.Th>
            <RowActionsHeader w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rungs.map((r, index) => {
            const name = `rung ${index + 1}`;
            const rowErrors = (showErrors ? errors.rows[index] : undefined) ?? {};
            return (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {rungTexts.map((t) => (
                      <TextInput
                        key={t.field}
                        aria-label={`${t.label} of ${name}`}
                        placeholder={t.placeholder}
                        size="xs"
                        maxLength={t.maxLength}
                        value={r[t.field]}
                        onChange={(e) => set(index, { ...r, [t.field]: e.currentTarget.value })}
                        error={rowErrors[t.field]}
                      />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Select<GoalKind>
                    aria-label={`What counts for ${name}`}
                    size="xs"
                    allowDeselect={false}
                    data={kindOptions}
                    value={r.kind}
                    onChange={(v) => v && set(index, { kind: v })}
                    error={rowErrors.kind}
                  />
                </Table.Td>
                <Table.Td>
                  <CountInput
                    aria-label={`Target for ${name}`}
                    size="xs"
                    min={1}
                    max={50}
                    value={r.targetCount}
                    onChange={(v) => set(index, { targetCount: v })}
                    error={rowErrors.targetCount}
                  />
                </Table.Td>
                <Table.Td>
                  <OrderActions
                    name={name}
                    index={index}
                    count={rungs.length}
                    tips={{ up: 'Move up (easier)', down: 'Move down (harder)', remove: 'Remove rung' }}
                    // An empty ladder would leave students with nothing to climb; the contract refuses it too.
                    removeDisabled={rungs.length === 1}
                    onMove={(by) => move(index, by)}
                    onRemove={() => confirmRemove(index, r)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {showErrors && errors.list && (
        <Text size="sm" c="red" role="alert">
          {errors.list}.
        </Text>
      )}
      <SettingsActions
        changed={changed}
        onDiscard={() => {
          setRungs(initial);
          setShowErrors(false);
        }}
        aside={
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={rungs.length >= 30}>
            Add rung
          </Button>
        }
      >
        <Button disabled={!changed} loading={save.isPending} onClick={onSave}>
          Save ladder
        </Button>
      </SettingsActions>
    </Stack>
  );
}
