import { useSearchParams } from 'react-router';

/** A page number or id from the address, or nothing when hand-edited into something else. */
export function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 100_000_000 ? n : undefined;
}

/**
 * Filters, sort and page kept in the address (so Back and reload keep them). `update` sets or clears
 * several keys at once and, unless told otherwise, goes back to the first page.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>, resetPage = true) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  return { params, update };
}
