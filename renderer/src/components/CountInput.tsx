import { NumberInput, type NumberInputProps } from '@mantine/core';

/** A count (capacity, target, days, weight, backups to keep): whole and never negative, so "1.5" or "-2" cannot be typed. */
export function CountInput(props: Omit<NumberInputProps, 'allowDecimal' | 'allowNegative'>) {
  return <NumberInput allowDecimal={false} allowNegative={false} {...props} />;
}
