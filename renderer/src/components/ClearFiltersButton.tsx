import { Button } from '@mantine/core';

/**
 * "Clear filters": quiet at the end of a filter row, a plain light button when it is the way out of an
 * empty list ("No students match these filters").
 */
export function ClearFiltersButton({ onClick, inEmptyState = false }: { onClick: () => void; inEmptyState?: boolean }) {
  return (
    <Button variant={inEmptyState ? 'light' : 'subtle'} onClick={onClick}>
      Clear filters
    </Button>
  );
}
