import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/**
 * Every toast in the app goes through here, so the same kind of news looks and reads the same: teal for a
 * change that worked, gray for something removed or taken back, blue for information, yellow for a warning,
 * red for a refusal (its title says what did not happen: "Not saved", "Not logged"). Mantine renders each one
 * with role="alert", so the title and message are what a screen reader announces: they are written as plain
 * sentences, and the Undo button comes after the words it undoes.
 */
export const notify = {
  /** A change that worked: "Saved Ada Lovelace." */
  done(message: string, title?: string, autoClose?: number): void {
    notifications.show({ color: 'teal', title, message, autoClose });
  },
  /** Something deleted, dropped or taken back: "Goal deleted." */
  removed(message: string, title?: string): void {
    notifications.show({ color: 'gray', title, message });
  },
  /** Information that needs no action: "Ada is already checked in." */
  info(message: string, title?: string): void {
    notifications.show({ color: 'blue', title, message });
  },
  /** It worked, with something to check: "Saved with 2 warnings." */
  warning(message: string, title?: string): void {
    notifications.show({ color: 'yellow', title, message });
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
