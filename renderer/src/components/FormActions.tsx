import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from './FormError';

/**
 * The foot of every form in a modal: a refused save (if any) just above the buttons, then Cancel and the
 * submit button, both held while the save is on its way.
 */
export function FormActions({
  error = null,
  saving,
  onCancel,
  submitLabel,
}: {
  error?: string | null;
  saving: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
}) {
  return (
    <>
      <FormError message={error} />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
