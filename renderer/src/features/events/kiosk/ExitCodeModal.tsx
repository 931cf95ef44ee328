import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';

interface Props {
  title: string;
  opened: boolean;
  onClose: () => void;
  intro?: ReactNode;
  description: string;
  cancel: string;
  submit: string;
  /** The refusal to show, or null when the code was taken (the modal then closes and forgets it). */
  onSubmit: (code: string) => string | null;
}

/** The exit code asked in one place: chosen when the kiosk starts, typed to leave it. */
export function ExitCodeModal({ title, opened, onClose, intro, description, cancel, submit, onSubmit }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setCode('');
    setError(null);
    onClose();
  };
  const send = () => {
    const refusal = onSubmit(code.trim());
    if (refusal === null) close();
    else setError(refusal);
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack gap="sm">
        {intro}
        <PasswordInput
          label="Exit code"
          description={description}
          data-autofocus
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') send();
          }}
          error={error}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {cancel}
          </Button>
          <Button onClick={send}>{submit}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
