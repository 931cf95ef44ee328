import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConflictDialog, type ConflictDialogProps } from './ConflictDialog';
import { FormError } from './FormError';

/**
 * The foot of every form in a modal: a refused save (if any) just above the buttons, then Cancel and the
 * submit button, both held while the save is on its way. A save refused because someone else saved the record
 * first opens the conflict dialog over the form (useEntityForm hands it over as `conflict`).
 */
export function FormActions({
  error = null,
  saving,
  onCancel,
  submitLabel,
  conflict = null,
}: {
  error?: string | null;
  conflict?: ConflictDialogProps | null;
  saving: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
}) {
  return (
    <>
      <FormError message={error} />
      {conflict && <ConflictDialog {...conflict} />}
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
