import { Text } from '@mantine/core';

/** "2 of 3 used", in red once every place is taken so advisors look for another mentor. */
export function MentorCapacity({ active, capacity }: { active: number; capacity: number }) {
  const full = active >= capacity;
  return (
    <Text size="sm" component="span" c={full ? 'red' : undefined} fw={full ? 600 : undefined}>
      {active} of {capacity} used{full ? ' (full)' : ''}
    </Text>
  );
}
