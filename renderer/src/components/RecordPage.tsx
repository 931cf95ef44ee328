import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ProcedureName } from '@shared/api/contract';
import type { ApiError } from '@renderer/api/client';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { Offered } from './Offered';

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

/** What a record page says when its address names nothing: "No such contact", with the way back to "contacts". */
export interface MissingRecord {
  icon: ReactNode;
  /** The kind of record, in the singular ("contact"), and its list's address and name in the plural ("contacts"). */
  what: string;
  list: string;
  message: string;
}

/**
 * A record page (a student, contact, employer, event): `useRecord` loads the record the address names, and
 * `view` shows it. Before the record itself the page shows "No such …" for an address that names nothing (or a
 * record since merged or deleted), the error with a retry, and a skeleton while it loads (the title's, then
 * one of each height in `skeleton`). The previous record stays cached while another loads; it is never shown
 * under this address.
 */
export function recordPage<T>({
  useRecord,
  missing,
  skeleton = [180],
  view,
}: {
  useRecord: (id: number, enabled: boolean) => RecordQuery<T>;
  missing: MissingRecord;
  skeleton?: number[];
  view: (record: T) => ReactNode;
}) {
  return function RecordPage() {
    const { id, validId } = useRecordId();
    const query = useRecord(id, validId);
    if (!validId || query.error?.code === 'not_found') {
      return (
        <EmptyState
          icon={missing.icon}
          title={`No such ${missing.what}`}
          action={
            <Button component={Link} to={`/${missing.list}`}>
              Back to {missing.list}
            </Button>
          }
        >
          {missing.message}
        </EmptyState>
      );
    }
    if (query.isError && query.error) {
      return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} back={{ to: `/${missing.list}`, label: `Back to ${missing.list}` }} />;
    }
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
    return view(query.data);
  };
}

/**
 * A record page's top: the way back to its list, the record's name with its badges, a line about it, and its
 * actions (Edit first, when the page offers `edit` and the signed-in role may call its procedure).
 */
export function RecordHeader({
  crumb,
  title,
  badges,
  subtitle,
  edit,
  actions,
}: {
  crumb: { to: string; label: string };
  title: string;
  badges?: ReactNode;
  subtitle?: ReactNode;
  /** Edit opens the page's form, whose save calls `procedure` ("students.update"). */
  edit?: { procedure: ProcedureName; onClick: () => void };
  actions?: ReactNode;
}) {
  // The window title names the record (WCAG 2.4.2); a page that says more (the student's tab) sets its own after this.
  useDocumentTitle(`${title} · Rapport`);
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
            <Title order={1} size="h2">
              {title}
            </Title>
            {badges}
          </Group>
          {subtitle}
        </div>
        <Group gap="xs">
          {edit && (
            <Offered procedure={edit.procedure}>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.onClick}>
                Edit
              </Button>
            </Offered>
          )}
          {actions}
        </Group>
      </Group>
    </>
  );
}
