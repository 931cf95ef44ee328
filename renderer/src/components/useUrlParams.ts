import { useSearchParams } from 'react-router';

/** A page number or id from the address, or nothing when hand-edited into something else. */
export function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 100_000_000 ? n : undefined;
}

/**
 * The address's parameters as they are now. The router renders a new address in a transition, so two quick
 * changes (pick a class year, then click a column to sort) would otherwise build the second from the page as
 * it was before the first and drop it; the hash itself is updated at once.
 */
function addressParams(): URLSearchParams {
  const hash = window.location.hash;
  const query = hash.indexOf('?');
  return new URLSearchParams(query === -1 ? '' : hash.slice(query + 1));
}

/**
 * Filters, sort and page kept in the address (so Back and reload keep them). `update` sets or clears
 * several keys at once and, unless told otherwise, goes back to the first page.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>, resetPage = true) => {
    setParams(
      () => {
        const next = addressParams();
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
