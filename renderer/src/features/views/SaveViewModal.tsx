import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { viewName, type ViewParams } from '@shared/api/views';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { sentence } from '@renderer/components/serverErrors';
import { notify } from '@renderer/components/notify';
import { useWhileShown } from '@renderer/components/useWhileShown';

interface SaveViewModalProps {
  opened: boolean;
  params: ViewParams;
  onClose: () => void;
}

/** "Save current view…": names the list's filters, sort and columns. */
export function SaveViewModal({ opened, params, onClose }: SaveViewModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Save current view" size="md">
      {/* Mounted only while open, so every opening starts with an empty name. */}
      {opened && <SaveViewForm params={params} onDone={onClose} />}
    </Modal>
  );
}

function SaveViewForm({ params, onDone }: { params: ViewParams; onDone: () => void }) {
  const close = useWhileShown(onDone);
  const save = useApiMutation('views.save');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The name of the existing view a duplicate would replace, offered once the server says it exists.
  const [existing, setExisting] = useState<string | null>(null);

  const submit = (replace: boolean) => {
    const parsed = viewName.safeParse(name);
    if (!parsed.success) {
      setError(sentence(parsed.error.issues[0]?.message ?? 'is invalid', 'Name'));
      return;
    }
    setError(null);
    save.mutate(
      { page: 'students', name: parsed.data, params, replace },
      {
        onSuccess: (view) => {
          notify.done(`“${view.name}” is in the Views menu.`, replace ? 'View replaced' : 'View saved');
          close();
        },
        onError: (failure: ApiError) => {
          const duplicate = failure.code === 'conflict' && typeof failure.details?.name === 'string' ? failure.details.name : null;
          setExisting(duplicate);
          setError(failure.message);
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Saves the filters, the sort and the columns shown now, so the list opens this way again from the Views menu.
        </Text>
        <TextInput
          label="Name"
          placeholder="My seniors not ready"
          data-autofocus
          maxLength={80}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
            setExisting(null);
          }}
          error={existing ? undefined : error}
        />
        {existing && (
          <Alert color="yellow" variant="light" title="That name is taken" role="alert">
            <Stack gap="xs">
              <Text size="sm">{error}</Text>
              <Group gap="xs">
                <Button size="xs" color="yellow" onClick={() => submit(true)} loading={save.isPending}>
                  Replace “{existing}”
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending && !existing}>
            Save view
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
