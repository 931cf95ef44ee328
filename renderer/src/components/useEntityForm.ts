import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '@renderer/api/client';
import { useApiRun, type ApiRun } from '@renderer/api/hooks';
import { notify } from './notify';
import { placeServerError } from './serverErrors';

interface EntityFormOptions<Values, Saved> {
  initialValues: Values;
  validate?: FormValidateInput<Values>;
  /** Every field's label: a refused save names its field in the label's words ("End date must be …"). */
  labels: Readonly<Record<keyof Values & string, string>>;
  /**
   * Sends the values with `run` (create or update, whichever the form is for). Returns null when there is
   * nothing to send: validation has already refused it, and the check only narrows a type.
   */
  save: (values: Values, run: ApiRun) => Promise<Saved> | null;
  /** The toast after a save: "Saved Ada Lovelace." */
  savedMessage: (saved: Saved) => string;
  /** After the toast: close the modal, go to the new record. */
  onSaved: (saved: Saved) => void;
}

/**
 * The plumbing every create/update modal shares: a controlled @mantine/form, the save through the typed api
 * (which refreshes what the procedure declares it changes), a refused save placed on its field or above the
 * buttons (see FormError), and the "saved" toast. A modal keeps only its fields and what its values mean.
 */
export function useEntityForm<Values extends object, Saved>(options: EntityFormOptions<Values, Saved>) {
  const run = useApiRun();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: options.validate,
  });

  const refused = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    const placed = placeServerError(error, options.labels);
    if (placed.field === null) setFormError(placed.message);
    else form.setFieldError(placed.field, placed.message);
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const pending = options.save(values, run);
    if (pending === null) return;
    setSaving(true);
    void pending.then(
      (saved) => {
        setSaving(false);
        notify.done(options.savedMessage(saved));
        options.onSaved(saved);
      },
      (error: unknown) => {
        setSaving(false);
        refused(error);
      },
    );
  });

  return { form, submit, saving, formError };
}
