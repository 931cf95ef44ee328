import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** A search box that reports what was typed after a short pause (search as you type). */
export function SearchInput({ label, placeholder, onSearch }: { label: string; placeholder: string; onSearch: (value: string) => void }) {
  const [value, setValue] = useState('');
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
      w={280}
    />
  );
}
