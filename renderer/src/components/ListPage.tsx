import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { plural } from './format';

/** The frame every list screen shares: title, count, filters, then the table or its empty state. */
export function ListPage(props: { title: string; noun: string; total: number | undefined; filters: ReactNode; children: ReactNode; empty: ReactNode | null }) {
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{props.title}</Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {props.total === undefined ? 'Loading…' : plural(props.total, props.noun)}
        </Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {props.filters}
      </Group>
      <Card withBorder padding={0}>
        {props.empty ?? props.children}
      </Card>
    </Stack>
  );
}
