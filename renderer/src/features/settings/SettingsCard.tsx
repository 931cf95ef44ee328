import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One settings section: a title, a line saying what the setting changes, then its form. */
export function SettingsCard({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {children}
    </Card>
  );
}
