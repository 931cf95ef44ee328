import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

function rowOf(body: HTMLTableSectionElement | null, index: number): HTMLTableRowElement | null {
  return body?.querySelectorAll<HTMLTableRowElement>(':scope > tr').item(index) ?? null;
}

interface RowKeyboardOptions {
  /** Rows on this page. */
  count: number;
  /** Changes when another page (or order) is on screen, so focus can follow PageDown/PageUp onto it. */
  pageKey: string;
  /** False while the rows on screen are the previous page's, kept until the next one arrives. */
  ready: boolean;
  onOpen: (index: number) => void;
  /** Moves one page forward (+1) or back (-1); returns false when there is no such page. */
  onTurnPage: (delta: 1 | -1) => boolean;
}

/**
 * Keyboard use of a table's rows as one tab stop (a roving tabindex): Tab reaches the current row,
 * ArrowUp/ArrowDown/Home/End move between rows, Enter opens the row, PageDown/PageUp turn the page and
 * land on its first row. The rows are found under the table body, one `tr` per record.
 */
export function useRowKeyboard({ count, pageKey, ready, onOpen, onTurnPage }: RowKeyboardOptions) {
  const body = useRef<HTMLTableSectionElement | null>(null);
  // A callback ref: mantine-datatable's bodyRef takes a function or a non-null ref object.
  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => {
    body.current = element;
  }, []);
  const [current, setCurrent] = useState(0);
  // Set by PageDown/PageUp: once the next page is on screen, its first row takes the focus.
  const focusOnArrival = useRef(false);
  const active = Math.min(current, Math.max(count - 1, 0));

  const rowAt = (index: number) => rowOf(body.current, index);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(index, count - 1));
    setCurrent(target);
    rowAt(target)?.focus();
  };

  useEffect(() => {
    if (!focusOnArrival.current || !ready || count === 0) return;
    focusOnArrival.current = false;
    setCurrent(0);
    rowOf(body.current, 0)?.focus();
  }, [pageKey, ready, count]);

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLTableRowElement>) => {
    // Keys typed into something inside the row (a link, a button) are theirs.
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(count - 1),
      Enter: () => onOpen(index),
      PageDown: () => {
        focusOnArrival.current = onTurnPage(1);
      },
      PageUp: () => {
        focusOnArrival.current = onTurnPage(-1);
      },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  /** Attributes for row `index` (mantine-datatable's customRowAttributes). */
  const rowAttributes = (index: number) => ({
    tabIndex: index === active ? 0 : -1,
    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => onKeyDown(index, event),
    onFocus: () => setCurrent(index),
  });

  return { bodyRef, rowAttributes };
}
