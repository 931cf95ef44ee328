import { Button, Loader, Menu } from '@mantine/core';
import { IconChevronDown, IconForms } from '@tabler/icons-react';
import type { Connection } from '@shared/api/connections';
import { interactionKindLabels, interactionKinds, type InteractionKind } from '@shared/domain';
import { useQueryClient } from '@tanstack/react-query';
import { apiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { todayIso } from '@renderer/components/dates';
import { notify } from '@renderer/components/notify';
import { useLogWithUndo } from './useLogWithUndo';

/**
 * "Log" → kind: two clicks record a touchpoint dated today, which is how advisors log what a student
 * tells them in a meeting. Anything else (another date, a summary) goes through "Log with details…".
 */
export function LogInteractionMenu({ connection, onDetails }: { connection: Pick<Connection, 'id' | 'contactName' | 'studentId'>; onDetails: () => void }) {
  const queryClient = useQueryClient();
  const { log: logWithUndo, logging } = useLogWithUndo();
  const mayLog = useMayCall()('interactions.create');

  // A thank-you email carries the student's personal details when the record has them to give. The record is read
  // then (from the cache on the student's page): a list of rows each reading its student would slow the list.
  const sharesDetails = async (kind: InteractionKind) => {
    if (kind !== 'thank_you_email') return false;
    const student = await queryClient.ensureQueryData(apiQuery('students.get', { id: connection.studentId }));
    return Boolean(student.personalEmail && student.phone);
  };
  const log = async (kind: InteractionKind) =>
    logWithUndo(
      { connectionId: connection.id, kind, occurredOn: todayIso(), summary: null, sharedContactDetails: await sharesDetails(kind) },
      { title: `Logged ${interactionKindLabels[kind].toLowerCase()} with ${connection.contactName} today` },
    );

  if (!mayLog) return null;
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        {/* Busy, not disabled, while logging: a disabled button drops the keyboard focus the menu just returned to it. */}
        <Button size="compact-sm" variant="light" rightSection={logging ? <Loader size={12} /> : <IconChevronDown size={14} />} aria-busy={logging}>
          Log
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Log for today</Menu.Label>
        {interactionKinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => log(kind).catch(notify.failure('Not logged'))}>
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
