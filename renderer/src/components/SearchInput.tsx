import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

type SearchInputProps = {
  label: string;
  placeholder: string;
  onSearch: (value: string) => void;
  initialValue?: string;
  w?: number;
  /** Mantine's input size: `xs` in a compact filter row (the caseload). */
  size?: 'xs' | 'sm';
};

/** A search box that reports what was typed after a short pause (search as you type). Remount it (a new `key`) to clear it. */
export function SearchInput({ label, placeholder, onSearch, initialValue = '', w = 280, size }: SearchInputProps) {
  const [value, setValue] = useState(initialValue);
  const report = useDebouncedCallback((text: string) => onSearch(text.trim()), 200);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(event) => {
        setValue(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      w={w}
      size={size}
    />
  );
}
