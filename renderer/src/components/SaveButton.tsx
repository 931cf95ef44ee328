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
      onClick={() => save.mutate(input, { onSuccess: () => notify.done(savedMessage), onError: notify.failure('Not saved') })}
    >
      {children}
    </Button>
  );
}
