import { Anchor, Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '@renderer/api/client';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { SectionCard } from '@renderer/components/SectionCard';

interface BriefQuery<T> {
  data: T | undefined;
  isPlaceholderData: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

/** A section in brief on the overview: what it says once loaded, and a link to the whole section. */
export function Brief<T>({
  title,
  link,
  query,
  children,
}: {
  title: string;
  link: { to: string; label: string };
  query: BriefQuery<T>;
  children: (data: T) => ReactNode;
}) {
  // Placeholder data belongs to the previously opened student: never show it here.
  const data = query.isPlaceholderData ? undefined : query.data;
  let body: ReactNode;
  if (query.error) body = <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  else if (data === undefined) body = <Skeleton h={80} />;
  else body = children(data);
  return (
    <SectionCard
      title={title}
      actions={
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      }
    >
      {body}
    </SectionCard>
  );
}
