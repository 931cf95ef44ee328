import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent, type Ref } from 'react';
import { formatBytes } from './importFormat';
import type { ChosenFile } from './readImportFile';

/**
 * A drop target plus a real button: dragging is a shortcut, the button (backed by the file input) is how
 * keyboard and screen-reader users, and tests, choose the file.
 */
export function FileDropZone({
  file,
  onFile,
  disabled,
  chooseRef,
}: {
  file: ChosenFile | null;
  onFile: (file: File) => void;
  disabled: boolean;
  chooseRef: Ref<HTMLButtonElement>;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    // Without preventDefault the browser opens the dropped file instead of handing it to onDrop.
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (!disabled && dropped) onFile(dropped);
  };

  return (
    <Box
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      p="xl"
      style={{
        border: `2px dashed var(--mantine-color-${over ? 'blue-6' : 'default-border'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <IconUpload size={32} stroke={1.5} aria-hidden />
        <Text fw={500}>Drop a CSV file here</Text>
        <Text size="sm" c="dimmed">
          or
        </Text>
        <Button ref={chooseRef} variant="default" onClick={() => inputRef.current?.click()} disabled={disabled}>
          Choose file
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-label="CSV file"
          hidden
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is still a change.
            event.currentTarget.value = '';
            if (chosen) onFile(chosen);
          }}
        />
        <Text size="xs" c="dimmed">
          CSV or tab-separated text, UTF-8 or UTF-16, up to 50 MB
        </Text>
        {file && (
          <Group gap={6} aria-live="polite">
            <IconFileTypeCsv size={18} stroke={1.6} aria-hidden />
            <Text size="sm" fw={500}>
              {file.name}
            </Text>
            <Text size="sm" c="dimmed">
              {formatBytes(file.size)}
            </Text>
          </Group>
        )}
      </Stack>
    </Box>
  );
}
