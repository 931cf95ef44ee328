import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A table cell naming a record as a link, with a small second line saying what kind of record it is. */
export function LinkCell({ to, children, meta, strong = false }: { to: string; children: ReactNode; meta: ReactNode; strong?: boolean }) {
  return (
    <div>
      <Anchor component={Link} to={to} size="sm" fw={strong ? 500 : undefined}>
        {children}
      </Anchor>
      <Text size="xs" c="dimmed">
        {meta}
      </Text>
    </div>
  );
}
