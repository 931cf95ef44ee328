import { useEffect, useRef } from 'react';

/**
 * `action` made to do nothing once the component holding it has left the screen. A write's callbacks run even after
 * its caller unmounted (useApiMutation: the advisor is always told the write was made), but the part of them that
 * changes the screen must not: a dialog closed with Escape while it saved, and opened again for someone else, would
 * otherwise be closed by the first save's late answer, with what was typed in it.
 */
export function useWhileShown<Args extends unknown[]>(action: (...args: Args) => void): (...args: Args) => void {
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  return (...args) => {
    if (shown.current) action(...args);
  };
}
