import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '@renderer/api/client';
import { useApiRun, type ApiRun } from '@renderer/api/hooks';
import type { ConflictDialogProps } from './ConflictDialog';
import { notify } from './notify';
import { placeServerError } from './serverErrors';
import { changedFields, reapplied, staleSave, type StaleSave } from './staleSave';
import { useUnsavedChanges } from './unsavedChanges';
import { useWhileShown } from './useWhileShown';

/** A stored record the form edits: the version it loaded, and how the record as saved now reads as form values. */
export interface Editing<Values> {
  version: number;
  /** The `current` record of a stale-save refusal as this form's values (null when it is not that record). */
  read: (current: unknown) => Values | null;
}

/** The `editing` option of a form that edits `record` (undefined when it creates one). */
export function editingRecord<Stored extends { version: number }, Values>(
  record: Stored | undefined,
  schema: z.ZodType<Stored>,
  toValues: (record: Stored) => Values,
): Editing<Values> | undefined {
  if (!record) return undefined;
  return {
    version: record.version,
    read: (current) => {
      const parsed = schema.safeParse(current);
      return parsed.success ? toValues(parsed.data) : null;
    },
  };
}

interface EntityFormOptions<Values, Saved> {
  initialValues: Values;
  validate?: FormValidateInput<Values>;
  /** Every field's label: a refused save names its field in the label's words ("End date must be …"). */
  labels: Readonly<Record<keyof Values & string, string>>;
  /** Set when the form edits a stored record (see editingRecord): its saves carry the version it loaded. */
  editing?: Editing<Values> | undefined;
  /**
   * Sends the values with `run` (create or update, whichever the form is for), an update with `version` (the
   * record's version this form is editing). Returns null when there is nothing to send: validation has already
   * refused it, and the check only narrows a type.
   */
  save: (values: Values, run: ApiRun, version: number | undefined) => Promise<Saved> | null;
  /** The toast after a save: "Saved Ada Lovelace." */
  savedMessage: (saved: Saved) => string;
  /** After the toast: close the modal, go to the new record. */
  onSaved: (saved: Saved) => void;
}

interface Conflict<Values> {
  stale: StaleSave;
  theirs: Values;
  mine: Values;
}

/**
 * The plumbing every create/update modal shares: a controlled @mantine/form, the save through the typed api
 * (which refreshes what the procedure declares it changes), a refused save placed on its field or above the
 * buttons (see FormError), and the "saved" toast. An edit carries the version it loaded; when someone else saved
 * the record first, `conflict` opens the conflict dialog (FormActions shows it): what they changed, theirs beside
 * yours, "Use my changes" (their record with this advisor's own edits on top, saved on their version) or "Discard
 * mine" (their record loaded into the form).
 * A modal keeps only its fields and what its values mean.
 */
export function useEntityForm<Values extends object, Saved>(options: EntityFormOptions<Values, Saved>) {
  const run = useApiRun();
  const onSaved = useWhileShown(options.onSaved);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(options.editing?.version);
  // The record as this form last loaded it: what "someone else changed" is measured from.
  const [loaded, setLoaded] = useState(options.initialValues);
  const [conflict, setConflict] = useState<Conflict<Values> | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: options.validate,
  });
  // Not while saving: a save that succeeds closes the form, and its values are on their way.
  useUnsavedChanges(() => !saving && form.isDirty());

  const refused = (error: unknown, values: Values) => {
    if (!(error instanceof ApiError)) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    const stale = staleSave(error);
    const theirs = stale && options.editing ? options.editing.read(stale.current) : null;
    if (stale && theirs) {
      setConflict({ stale, theirs, mine: values });
      return;
    }
    const placed = placeServerError(error, options.labels);
    if (placed.field === null) setFormError(placed.message);
    else form.setFieldError(placed.field, placed.message);
  };

  const send = (values: Values, onVersion: number | undefined) => {
    setFormError(null);
    const pending = options.save(values, run, onVersion);
    if (pending === null) return;
    setSaving(true);
    void pending.then(
      (saved) => {
        setSaving(false);
        notify.done(options.savedMessage(saved));
        onSaved(saved);
      },
      (error: unknown) => {
        setSaving(false);
        refused(error, values);
      },
    );
  };

  const submit = form.onSubmit((values) => send(values, version));

  // Both ways on start from the record as saved now: its version, and its values as what the form has loaded.
  const moveTo = (open: Conflict<Values>) => {
    setConflict(null);
    setVersion(open.stale.version);
    setLoaded(open.theirs);
  };
  const dialog: ConflictDialogProps | null = conflict && {
    message: conflict.stale.message,
    changes: changedFields(loaded, conflict.theirs, conflict.mine, options.labels),
    saving,
    onUseMine: () => {
      const mine = reapplied(loaded, conflict.theirs, conflict.mine);
      moveTo(conflict);
      form.setValues(mine);
      send(mine, conflict.stale.version);
    },
    onDiscardMine: () => {
      moveTo(conflict);
      form.setValues(conflict.theirs);
      form.resetDirty(conflict.theirs);
    },
  };

  return { form, submit, saving, formError, conflict: dialog };
}
