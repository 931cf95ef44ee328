import { Button, Group, Select, Text } from '@mantine/core';
import { relationshipKindLabels, relationshipKinds } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { LabeledSegments } from '@renderer/components/LabeledSegments';
import { wholeOffice, type useLosingTouchParams } from './useLosingTouchParams';

/** Whose caseload, stale or cooling, which relationship, and the students a dashboard link narrowed the list to. */
export function LosingTouchFilters({ choices }: { choices: ReturnType<typeof useLosingTouchParams> }) {
  const settings = useApiQuery('settings.get', {});
  const advisors = useApiQuery('advisors.list', {});
  const { advisor, state, relationship, studentScope, update } = choices;
  const shownAdvisor =
    advisor ?? (settings.data?.currentAdvisorId === null || settings.data === undefined ? wholeOffice : String(settings.data.currentAdvisorId));
  return (
    <>
      <Select
        label="Caseload"
        allowDeselect={false}
        data={[{ value: wholeOffice, label: 'Whole office' }, ...(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))]}
        value={shownAdvisor}
        onChange={(v) => update({ advisor: v ?? wholeOffice })}
        w={220}
      />
      <LabeledSegments
        label="Show"
        aria-label="Show connections"
        value={state}
        onChange={(v) => update({ state: v === 'cooling' || v === 'all' ? v : null })}
        data={[
          { value: 'stale', label: 'Losing touch (stale)' },
          { value: 'cooling', label: 'Cooling' },
          { value: 'all', label: 'Both' },
        ]}
      />
      <Select
        label="Relationship"
        placeholder="Any relationship"
        clearable
        data={relationshipKinds.filter((k) => k !== 'personal').map((k) => ({ value: k, label: relationshipKindLabels[k] }))}
        value={relationship}
        onChange={(v) => update({ relationship: v })}
        w={220}
      />
      {studentScope.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Text size="sm" c="dimmed" pb={6}>
            Students: {studentScope.join(' · ')}
          </Text>
          <Button variant="subtle" color="gray" size="xs" mb={4} onClick={() => update({ cohort: null, program: null, year: null })}>
            All students
          </Button>
        </Group>
      )}
    </>
  );
}
