import { TextInput } from '@mantine/core';

/** One required text field of a provider form: its form field and the line saying where IT finds the value. */
export interface TextField<F extends string> {
  field: F;
  description: string;
}

/** A provider's required text fields, in order, each labelled from the form's labels (which refusals name too). */
export function TextFields<F extends string>({
  fields,
  labels,
  inputProps,
}: {
  fields: readonly TextField<F>[];
  labels: Readonly<Record<F, string>>;
  inputProps: (field: F) => object;
}) {
  return fields.map(({ field, description }) => <TextInput key={field} label={labels[field]} description={description} withAsterisk {...inputProps(field)} />);
}
