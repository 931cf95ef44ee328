import { Select, type SelectProps } from '@mantine/core';

type RequiredSelectProps<T extends string> = Omit<SelectProps<T>, 'value' | 'onChange' | 'allowDeselect' | 'withAsterisk'> & {
  value: T;
  onChange: (value: T) => void;
};

/** A form's choice that always has an answer (a record's kind): marked required, and picking the chosen option again keeps it. */
export function RequiredSelect<T extends string>({ onChange, ...props }: RequiredSelectProps<T>) {
  return <Select<T> withAsterisk allowDeselect={false} {...props} onChange={(value) => value !== null && onChange(value)} />;
}
