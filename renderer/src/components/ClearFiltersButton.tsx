import { Button } from '@mantine/core';

/** The quiet "Clear filters" at the end of a filter row. */
export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="subtle" onClick={onClick}>
      Clear filters
    </Button>
  );
}
