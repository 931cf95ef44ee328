import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProcedureName } from '@shared/api/contract';
import type { ApiError } from '@renderer/api/client';
import { ClearFiltersButton } from './ClearFiltersButton';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { plural } from './format';
import { Offered } from './Offered';

/** A server-paged list as the page holds it: the query for one page of rows and the total. */
export interface ListQuery {
  data?: { total: number } | undefined;
  isError: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

/** A list's "New …" button, whose form saves through `procedure` ("contacts.create"). */
export interface CreateAction {
  procedure: ProcedureName;
  label: string;
  onClick: () => void;
}

/**
 * The frame every list screen shares: title, count, filters (and `create`, the "New …" button, at their end for
 * the roles that may create), then the table, or `empty` when the list has no rows (the query's error with a
 * retry instead of the whole page when it fails).
 */
export function ListPage(props: {
  title: string;
  noun: string;
  list: ListQuery;
  filters: ReactNode;
  create?: CreateAction & { icon: ReactNode };
  children: ReactNode;
  empty: ReactNode;
}) {
  const { create } = props;
  const { list } = props;
  if (list.isError && list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const total = list.data?.total;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Text c="dimmed" size="sm" role="status">
          {total === undefined ? 'Loading…' : plural(total, props.noun)}
        </Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {props.filters}
        {create && (
          <Offered procedure={create.procedure}>
            <Button ml="auto" leftSection={create.icon} onClick={create.onClick}>
              {create.label}
            </Button>
          </Offered>
        )}
      </Group>
      <Card withBorder padding={0}>
        {total === 0 ? props.empty : props.children}
      </Card>
    </Stack>
  );
}

/**
 * An empty directory list: while filtered, "No contacts match" and Clear filters; otherwise "No contacts yet"
 * and the way to add the first one (to the roles that may). `hint` says what to try, or what the list is for.
 */
export function DirectoryEmptyState({
  icon,
  plural: many,
  filtered,
  onClear,
  add,
  hint,
}: {
  icon: ReactNode;
  plural: string;
  filtered: boolean;
  onClear: () => void;
  add: CreateAction;
  hint: { filtered: string; none: string };
}) {
  return (
    <EmptyState
      icon={icon}
      title={filtered ? `No ${many} match` : `No ${many} yet`}
      action={
        filtered ? (
          <ClearFiltersButton inEmptyState onClick={onClear} />
        ) : (
          <Offered procedure={add.procedure}>
            <Button onClick={add.onClick}>{add.label}</Button>
          </Offered>
        )
      }
    >
      {filtered ? hint.filtered : hint.none}
    </EmptyState>
  );
}
