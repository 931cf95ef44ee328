import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconForms } from '@tabler/icons-react';
import type { Connection } from '@shared/api/connections';
import { interactionKindLabels, interactionKinds, type InteractionKind } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';

/**
 * "Log" → kind: two clicks record a touchpoint dated today, which is how advisors log what a student
 * tells them in a meeting. Anything else (another date, a summary) goes through "Log with details…".
 */
export function LogInteractionMenu({ connection, onDetails }: { connection: Pick<Connection, 'id' | 'contactName' | 'studentId'>; onDetails: () => void }) {
  // The page has already loaded the student: this reads the cache.
  const student = useApiQuery('students.get', { id: connection.studentId });
  const hasPersonalDetails = Boolean(student.data?.personalEmail && student.data.phone);
  const create = useApiMutation('interactions.create');
  const remove = useApiMutation('interactions.delete');

  const log = (kind: InteractionKind) => {
    const label = interactionKindLabels[kind].toLowerCase();
    create.mutate(
      // A thank-you email carries the student's personal details when the record has them to give.
      { connectionId: connection.id, kind, occurredOn: todayIso(), summary: null, sharedContactDetails: kind === 'thank_you_email' && hasPersonalDetails },
      {
        onSuccess: (interaction) => {
          const notificationId = `logged-${interaction.id}`;
          notifications.show({
            id: notificationId,
            color: 'teal',
            title: `Logged ${label} with ${connection.contactName} today`,
            // One click is easy to misfire, so it is just as easy to take back.
            message: (
              <Button
                size="compact-xs"
                variant="light"
                mt={4}
                onClick={() => {
                  notifications.hide(notificationId);
                  remove.mutate(
                    { id: interaction.id },
                    { onError: (error) => notifications.show({ color: 'red', title: 'Could not undo', message: error.message }) },
                  );
                }}
              >
                Undo
              </Button>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not logged', message: error.message }),
      },
    );
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button size="compact-sm" variant="light" rightSection={<IconChevronDown size={14} />} loading={create.isPending}>
          Log
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Log for today</Menu.Label>
        {interactionKinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => log(kind)}>
            {interactionKindLabels[kind]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconForms size={14} />} onClick={onDetails}>
          Log with details…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
