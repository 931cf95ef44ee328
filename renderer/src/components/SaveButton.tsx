import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProcedureInput, ProcedureName } from '@shared/api/contract';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from './notify';

/** A settings card's Save: sends the input to one procedure, says so when saved, "Not saved" and why when refused. */
export function SaveButton<K extends ProcedureName>({
  procedure,
  input,
  savedMessage,
  disabled,
  children,
}: {
  procedure: K;
  input: ProcedureInput<K>;
  savedMessage: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const save = useApiMutation(procedure);
  return (
    <Button
      disabled={disabled}
      loading={save.isPending}
      // From the promise, not mutate's callbacks: a card keyed by what it saved (Settings' office name) is remounted by
      // the refresh, and TanStack drops the callbacks of an unmounted caller, so "saved" was sometimes never said.
      onClick={() => save.mutateAsync(input).then(() => notify.done(savedMessage), notify.failure('Not saved'))}
    >
      {children}
    </Button>
  );
}
