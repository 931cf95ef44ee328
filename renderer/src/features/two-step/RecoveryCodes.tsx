import { Alert, Button, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { downloadFile } from '@renderer/components/download';
import { useSession } from '@renderer/app/session';

/** The codes as a text file: UTF-8 bytes as base64, the shape downloadFile takes from the core. */
function codesFile(codes: readonly string[], email: string) {
  const text = [`Rapport recovery codes for ${email}`, 'Each code signs you in once, in place of the code from your app.', '', ...codes, ''].join('\n');
  const bytes = new TextEncoder().encode(text);
  return { fileName: 'rapport-recovery-codes.txt', mimeType: 'text/plain', base64: btoa(String.fromCharCode(...bytes)) };
}

/**
 * New recovery codes, shown this once (the server keeps only their hashes): copy them or save them as a file,
 * then say so. Nothing else on the screen moves on until `onDone`.
 */
export function RecoveryCodes({ codes, onDone, doneLabel = 'I have saved them' }: { codes: readonly string[]; onDone: () => void; doneLabel?: string }) {
  const { caller } = useSession();
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Save your recovery codes now: you will not see these again">
        Each code signs you in once if your phone is lost or replaced. Keep them somewhere safe, away from your phone (printed, or in a password manager).
      </Alert>
      {/* Two columns on the list itself: a list holds only its items. */}
      <List aria-label="Recovery codes" listStyleType="none" style={{ display: 'grid', gridTemplateColumns: 'repeat(2, max-content)', columnGap: 48 }}>
        {codes.map((code) => (
          <List.Item key={code}>
            <Text ff="monospace" size="md">
              {code}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group justify="space-between">
        <Group gap="xs">
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                {copied ? 'Copied' : 'Copy codes'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => downloadFile(codesFile(codes, caller?.email ?? 'your account'))}>
            Download as .txt
          </Button>
        </Group>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}
