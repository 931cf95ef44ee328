import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { SearchInput } from '@renderer/components/SearchInput';
import { ClearFiltersButton } from '@renderer/components/ClearFiltersButton';
import { auditActions } from '@shared/domain';
import { todayIso } from '@renderer/components/dates';
import { auditActionLabels, entityLabel } from './historyLabels';
import type { useHistoryParams } from './useHistoryParams';

type HistoryParams = ReturnType<typeof useHistoryParams>;

const actionOptions = [{ value: 'all', label: 'All actions' }, ...auditActions.map((a) => ({ value: a, label: auditActionLabels[a] }))];

/** A choice that is set stays selectable even when the log no longer lists it (a hand-edited address, say). */
function withChosen(values: readonly string[], chosen: string | null): readonly string[] {
  return chosen === null || values.includes(chosen) ? values : [...values, chosen];
}

export function HistoryFilters({ list, entities, actors }: { list: HistoryParams; entities: readonly string[]; actors: readonly string[] }) {
  // Clearing the filters remounts the search box so it empties too.
  const [searchKey, setSearchKey] = useState(0);
  const entity = list.input.entity ?? null;
  const actor = list.input.actor ?? null;

  return (
    <>
      <Select
        label="Action"
        allowDeselect={false}
        data={actionOptions}
        value={list.action}
        onChange={(value) => list.setAction(value === 'all' ? 'all' : (auditActions.find((a) => a === value) ?? 'all'))}
        w={160}
      />
      <Select
        label="What"
        placeholder="Anything"
        clearable
        searchable
        data={withChosen(entities, entity).map((e) => ({ value: e, label: entityLabel(e) }))}
        value={entity}
        onChange={list.setEntity}
        w={200}
      />
      <Select
        label="Who"
        placeholder="Anyone"
        clearable
        searchable
        nothingFoundMessage="Nobody by that name in the history"
        data={[...withChosen(actors, actor)]}
        value={actor}
        onChange={list.setActor}
        w={260}
      />
      <SearchInput
        key={searchKey}
        label="Who or what"
        placeholder="Advisor, student or file name"
        initialValue={list.searchParam}
        onSearch={list.setSearch}
        w={260}
      />
      <TextInput label="From" type="date" max={todayIso()} value={list.fromParam} onChange={(e) => list.setFrom(e.currentTarget.value)} w={160} />
      <TextInput
        label="To"
        type="date"
        max={todayIso()}
        value={list.toParam}
        onChange={(e) => list.setTo(e.currentTarget.value)}
        error={list.rangeReversed ? 'Must be on or after From' : null}
        w={160}
      />
      {list.filtered && (
        <ClearFiltersButton
          onClick={() => {
            setSearchKey((key) => key + 1);
            list.clearFilters();
          }}
        />
      )}
    </>
  );
}
