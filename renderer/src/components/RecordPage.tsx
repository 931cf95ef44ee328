import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiError } from '@renderer/api/client';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';

/** The record id in the address (/students/:id); anything but a positive whole number is no record at all. */
export function useRecordId(): { id: number; validId: boolean } {
  const params = useParams();
  const id = Number(params.id);
  return { id, validId: Number.isInteger(id) && id > 0 };
}

interface RecordQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  isError: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

/**
 * What every record page (a student, contact, employer, event) shows before the record itself: "No such …"
 * for an address that names nothing (or a record since merged or deleted), the error with a retry, and a
 * skeleton while it loads. The previous record stays cached while another loads; it is never shown under
 * this address.
 */
export function RecordPage<T>({
  query,
  validId,
  missing,
  skeleton = [180],
  children,
}: {
  query: RecordQuery<T>;
  validId: boolean;
  missing: { icon: ReactNode; title: string; message: string; back: { to: string; label: string } };
  /** Heights of the loading placeholders under the title's. */
  skeleton?: number[];
  children: (record: T) => ReactNode;
}) {
  if (!validId || query.error?.code === 'not_found') {
    return (
      <EmptyState
        icon={missing.icon}
        title={missing.title}
        action={
          <Button component={Link} to={missing.back.to}>
            {missing.back.label}
          </Button>
        }
      >
        {missing.message}
      </EmptyState>
    );
  }
  if (query.isError && query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined || query.isPlaceholderData) {
    return (
      <Stack>
        <Skeleton h={32} w={340} />
        {skeleton.map((h, i) => (
          // Placeholders only, never reordered: the index is a stable key.
          <Skeleton key={i} h={h} />
        ))}
      </Stack>
    );
  }
  return children(query.data);
}

/** A record page's top: the way back to its list, the record's name with its badges, a line about it, and its actions. */
export function RecordHeader({
  crumb,
  title,
  badges,
  subtitle,
  actions,
}: {
  crumb: { to: string; label: string };
  title: string;
  badges?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs>
        <Anchor component={Link} to={crumb.to}>
          {crumb.label}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{title}</Title>
            {badges}
          </Group>
          {subtitle}
        </div>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </>
  );
}
