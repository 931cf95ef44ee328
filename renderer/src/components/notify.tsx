import { Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import type { ReactNode } from 'react';

/** News that waits its turn with a screen reader; only a refusal interrupts (notify.failed keeps Mantine's role="alert"). */
const polite = { role: 'status' } as const;

/** A file an export saved, with what the advisor must check before it goes out (who was left out, who has not agreed). */
export interface SavedFile {
  fileName: string;
  warnings?: readonly string[];
}

/**
 * The toast after an export saved a file. Its warnings name people ("Ana Ruiz has not agreed yet…", "3 students have
 * no references…: …"), so a warned toast stays until it is dismissed: one that closes after a few seconds is gone
 * before a list of names can be read. Each warning is its own paragraph.
 */
export function savedNotice({ fileName, warnings = [] }: SavedFile, summary?: string): NotificationData {
  const title = `Saved ${fileName}`;
  if (warnings.length === 0) {
    return summary
      ? { ...polite, color: 'teal', title, message: summary, autoClose: 4_000, withCloseButton: true }
      : { ...polite, color: 'teal', message: `${title}.`, autoClose: 4_000, withCloseButton: true };
  }
  return {
    ...polite,
    color: 'yellow',
    title,
    autoClose: false,
    withCloseButton: true,
    message: (
      // Below the toast's maximum height (App.tsx), so a long list of names scrolls instead of being cut off.
      <ScrollArea.Autosize mah={400} type="auto">
        <Stack gap={4}>
          {[...(summary ? [summary] : []), ...warnings].map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    ),
  };
}

/**
 * Every toast in the app goes through here, so the same kind of news looks and reads the same: teal for a
 * change that worked, gray for something removed or taken back, blue for information, yellow for a warning,
 * red for a refusal (its title says what did not happen: "Not saved", "Not logged"). Each is a live region, so the
 * title and message are what a screen reader announces: a refusal with role="alert" (assertive, it interrupts),
 * everything else with role="status" (polite, after what is being read). They are written as plain sentences, and
 * the Undo button comes after the words it undoes.
 */
export const notify = {
  /** A change that worked: "Saved Ada Lovelace." */
  done(message: string, title?: string, autoClose?: number): void {
    notifications.show({ ...polite, color: 'teal', title, message, autoClose });
  },
  /** Something deleted, dropped or taken back: "Goal deleted." */
  removed(message: string, title?: string): void {
    notifications.show({ ...polite, color: 'gray', title, message });
  },
  /** An export's file saved: a summary, or its warnings kept on screen until dismissed (see savedNotice). */
  saved(file: SavedFile, summary?: string): void {
    notifications.show(savedNotice(file, summary));
  },
  /** Information that needs no action: "Ada is already checked in." */
  info(message: string, title?: string): void {
    notifications.show({ ...polite, color: 'blue', title, message });
  },
  /** It worked, with something to check: "Saved with 2 warnings." */
  warning(message: string, title?: string): void {
    notifications.show({ ...polite, color: 'yellow', title, message });
  },
  /** A refusal: the title says what did not happen, the message why (the server's words). */
  failed(title: string, error: { message: string } | string): void {
    notifications.show({ color: 'red', title, message: typeof error === 'string' ? error : error.message });
  },
  /** The same, as an `onError` callback: `onError: notify.failure('Not deleted')`. */
  failure(title: string): (error: { message: string }) => void {
    return (error) => notify.failed(title, error);
  },
  /**
   * A change that one click made and one click takes back. The toast closes as Undo is pressed, so a second
   * press cannot undo twice.
   */
  undoable({
    id,
    title,
    message,
    color = 'teal',
    onUndo,
  }: {
    id: string;
    title: string;
    message?: ReactNode;
    color?: 'teal' | 'gray';
    onUndo: () => void;
  }): void {
    notifications.show({
      ...polite,
      id,
      color,
      title,
      message: (
        <Group gap="xs">
          {message !== undefined && <Text size="sm">{message}</Text>}
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              onUndo();
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  },
};
