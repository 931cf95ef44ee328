import { useCallback, useMemo, useState } from 'react';

/** A selected student and the version the list showed: a bulk change sends it back (a student changed since is refused). */
export interface SelectedStudent {
  id: number;
  version: number;
}

/**
 * The caseload's selection, across pages: the table reports each page's checked rows, and "select all matching"
 * replaces it with every student the filter selects. It belongs to one filter: a new filter (`scope`) starts empty.
 */
export function useStudentSelection(scope: string) {
  const [state, setState] = useState<{ scope: string; selected: Map<number, SelectedStudent> }>({ scope, selected: new Map() });
  const selected = useMemo(() => (state.scope === scope ? state.selected : new Map<number, SelectedStudent>()), [state, scope]);
  const replace = useCallback((next: Map<number, SelectedStudent>) => setState({ scope, selected: next }), [scope]);

  /** One page's checked rows: the page's others are unchecked, other pages keep theirs. */
  const setPage = (page: readonly SelectedStudent[], checked: readonly SelectedStudent[]) => {
    const next = new Map(selected);
    for (const row of page) next.delete(row.id);
    for (const row of checked) next.set(row.id, { id: row.id, version: row.version });
    replace(next);
  };
  const selectAll = (students: readonly SelectedStudent[]) => replace(new Map(students.map((s) => [s.id, s])));
  const clear = () => replace(new Map());
  const list = useMemo(() => [...selected.values()], [selected]);
  return { selected, list, count: selected.size, has: (id: number) => selected.has(id), setPage, selectAll, clear };
}

export type StudentSelection = ReturnType<typeof useStudentSelection>;
