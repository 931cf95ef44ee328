import { Select } from '@mantine/core';
import { useApiQuery } from '@renderer/api/hooks';

/** The values offered, plus the one chosen if nobody has it any more (a remembered filter), so it can be seen and cleared. */
export function withSelected<T extends string | number>(values: readonly T[], selected: T | undefined): T[] {
  return selected === undefined || values.includes(selected) ? [...values] : [...values, selected];
}

/** A filter on a program or cohort the office's students have, searchable, empty for any. */
export function StudentFacetSelect({
  facet,
  label,
  placeholder,
  value,
  onChange,
  w,
  size,
  inPopover = false,
}: {
  facet: 'programs' | 'cohorts';
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (value: string | null) => void;
  w?: number;
  size?: 'xs' | 'sm';
  /** Inside a popover: the options open in place, so choosing one does not count as a click outside it. */
  inPopover?: boolean;
}) {
  const facets = useApiQuery('students.facets', {});
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      searchable
      w={w}
      size={size}
      comboboxProps={inPopover ? { withinPortal: false } : undefined}
      data={withSelected(facets.data?.[facet] ?? [], value ?? undefined)}
      value={value}
      onChange={onChange}
    />
  );
}
