import { useState } from 'react';
import { defaultColumns, formatCols, parseCols, parseStoredColumns, type OptionalColumn } from './columnChoice';

const storageKey = 'rapport.students.columns';

function readStored(): OptionalColumn[] | undefined {
  try {
    return parseStoredColumns(window.localStorage.getItem(storageKey));
  } catch {
    // Storage can be unavailable (privacy settings): the defaults then apply.
    return undefined;
  }
}

function store(columns: readonly OptionalColumn[]): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(columns));
  } catch {
    // Not remembered on this computer, but still shown now.
  }
}

/**
 * Which optional columns the table shows: a view's `cols` in the address first, else what this computer
 * remembers, else the defaults. Choosing columns remembers them and drops `cols` from the address, so the
 * choice on screen is the one that stays.
 */
export function useColumnChoice(params: URLSearchParams, update: (changes: Record<string, string | null>, resetPage?: boolean) => void) {
  const [stored, setStored] = useState(readStored);
  const fromView = parseCols(params.get('cols'));
  const visible = fromView ?? stored ?? defaultColumns;
  const setVisible = (next: OptionalColumn[]) => {
    store(next);
    setStored(next);
    if (params.has('cols')) update({ cols: null }, false);
  };
  return { visible, cols: formatCols(visible), setVisible };
}
