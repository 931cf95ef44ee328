import { Card, Skeleton, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { ApiError } from '@renderer/api/client';
import { ErrorNotice } from '@renderer/components/ErrorNotice';

/**
 * One settings section: a title, a line saying what the setting changes, then the form for the saved values
 * (or the error with a retry, or a placeholder of `skeleton` height while they load). The form is keyed by the
 * saved values so it restarts from them after each save.
 */
export function SettingsCard<T>({
  title,
  description,
  query,
  skeleton,
  children,
}: {
  title: string;
  description: ReactNode;
  query: { data: T | undefined; error: ApiError | null; isError: boolean; refetch: () => unknown };
  skeleton?: number;
  children: (saved: T) => ReactNode;
}) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {query.isError && query.error && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
      {skeleton !== undefined && !query.data && !query.isError && <Skeleton h={skeleton} />}
      {query.data && <Fragment key={JSON.stringify(query.data)}>{children(query.data)}</Fragment>}
    </Card>
  );
}
