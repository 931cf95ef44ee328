import { Button, Loader, Menu } from '@mantine/core';
import { IconChevronDown, IconForms } from '@tabler/icons-react';
import type { Connection } from '@shared/api/connections';
import { interactionKindLabels, interactionKinds, type InteractionKind } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { todayIso } from '@renderer/components/dates';
import { useLogWithUndo } from './useLogWithUndo';

/**
 * "Log" → kind: two clicks record a touchpoint dated today, which is how advisors log what a student
 * tells them in a meeting. Anything else (another date, a summary) goes through "Log with details…".
 */
export function LogInteractionMenu({ connection, onDetails }: { connection: Pick<Connection, 'id' | 'contactName' | 'studentId'>; onDetails: () => void }) {
  // The page has already loaded the student: this reads the cache.
  const student = useApiQuery('students.get', { id: connection.studentId });
  const hasPersonalDetails = Boolean(student.data?.personalEmail && student.data.phone);
  const { log: logWithUndo, logging } = useLogWithUndo();
  const mayLog = useMayCall()('interactions.create');

  const log = (kind: InteractionKind) =>
    logWithUndo(
      // A thank-you email carries the student's personal details when the record has them to give.
      {
        connectionId: connection.id,
        kind,
        occurredOn: todayIso(),
        summary: null,
        sharedContactDetails: kind === 'thank_you_email' && hasPersonalDetails,
      },
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
