import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@renderer/components/format';

/**
 * One list of My day: a heading with its count, a few rows, "and 14 more" to the full list when there is one, and
 * when nothing is due an empty state that says what was done instead.
 */
export function MyDayCard({
  title,
  icon,
  total,
  shown,
  more,
  done,
  children,
}: {
  title: string;
  icon: ReactNode;
  total: number;
  shown: number;
  /** Where the rest of the list is, or a sentence when no list holds it. */
  more: { to: string; label: string } | string;
  /** "Nothing due — 3 wrap-up messages sent this week." */
  done: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const rest = total - shown;
  return (
    <Card withBorder padding={total === 0 ? 'md' : 'lg'} radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb={total === 0 ? 4 : 'sm'} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size="md" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
        </Group>
        <Badge variant="light" color={total > 0 ? 'orange' : 'teal'} aria-label={`${formatCount(total)} to do`}>
          {formatCount(total)}
        </Badge>
      </Group>
      {total === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-teal-filled)" />
          <Text size="sm">{done}</Text>
        </Group>
      ) : (
        <Stack gap={0}>
          {children}
          {rest > 0 &&
            (typeof more === 'string' ? (
              <Text size="xs" c="dimmed" pt="xs">
                and {formatCount(rest)} more: {more}
              </Text>
            ) : (
              <Anchor component={Link} to={more.to} size="sm" pt="xs">
                and {formatCount(rest)} more — {more.label}
              </Anchor>
            ))}
        </Stack>
      )}
    </Card>
  );
}

/** One row of a My day list: who and what on the left, the action that does it on the right. */
export function MyDayRow({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Stack gap={2} style={{ minWidth: 0 }}>
        {children}
      </Stack>
      <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
        {action}
      </Group>
    </Group>
  );
}
