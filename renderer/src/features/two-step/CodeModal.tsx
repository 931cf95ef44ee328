import { Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiRun } from '@renderer/api/hooks';
import { FormActions } from '@renderer/components/FormActions';
import { FormModal } from '@renderer/components/unsavedChanges';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { codeLabels, validateCode } from './codeField';

/** What the modal does with a proved code: the call, its toast, and what happens next. */
export interface CodeAction<Saved> {
  title: string;
  explanation: ReactNode;
  submitLabel: string;
  save: (code: string, run: ApiRun) => Promise<Saved>;
  savedMessage: string;
  onSaved: (saved: Saved) => void;
}

/** A change to your own two-step sign-in that first asks for a current code (or a recovery code): turn off, new codes. */
export function CodeModal<Saved>({ action, onClose }: { action: CodeAction<Saved> | null; onClose: () => void }) {
  return (
    <FormModal opened={action !== null} onClose={onClose} title={action?.title ?? ''}>
      {action && <CodeForm action={action} onDone={onClose} />}
    </FormModal>
  );
}

function CodeForm<Saved>({ action, onDone }: { action: CodeAction<Saved>; onDone: () => void }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { code: '' },
    validate: validateCode,
    labels: codeLabels,
    save: ({ code }, run) => action.save(code, run),
    savedMessage: () => action.savedMessage,
    onSaved: (saved) => {
      onDone();
      action.onSaved(saved);
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{action.explanation}</Text>
        <TextInput label="Code from your app, or a recovery code" autoComplete="one-time-code" data-autofocus withAsterisk {...form.getInputProps('code')} />
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel={action.submitLabel} />
      </Stack>
    </form>
  );
}
