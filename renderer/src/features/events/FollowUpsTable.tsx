import { Badge, Button, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

/** For every attendee, the people they met and whether each got a follow-up within 48 hours. */
export function FollowUpsTable({ eventId }: { eventId: number }) {
  const followUps = useApiQuery('events.followUps', { eventId });
  const log = useApiMutation('interactions.create');

  if (followUps.isError) return <ErrorNotice error={followUps.error} onRetry={() => void followUps.refetch()} />;
  if (!followUps.data) {
    return (
      <Stack gap={6}>
        <Skeleton h={28} />
        <Skeleton h={28} />
      </Stack>
    );
  }
  const withPeople = followUps.data.filter((a) => a.people.length > 0);
  // Attendees who logged nobody are listed too: a gap to follow up on, not something to hide.
  const withoutPeople = followUps.data.filter((a) => a.people.length === 0);
  if (followUps.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody has checked in yet. Once attendees are checked in and their meetings logged (“Log meeting” in an attendee’s row), follow-ups are tracked here.
      </Text>
    );
  }

  const logFollowUp = (connectionId: number, studentName: string, contactName: string) =>
    log.mutate(
      { connectionId, kind: 'thank_you_email', occurredOn: todayIso() },
      {
        onSuccess: () => notify.done(`Logged ${studentName}'s thank-you email to ${contactName}.`),
        onError: notify.failure('Not logged'),
      },
    );

  return (
    <Table aria-label="Follow-ups" verticalSpacing={6} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Attendee</Table.Th>
          <Table.Th>Met</Table.Th>
          <Table.Th>Met on</Table.Th>
          <Table.Th>Followed up</Table.Th>
          <Table.Th>
            <VisuallyHidden>Action</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {withPeople.flatMap((a) =>
          a.people.map((p, index) => (
            <Table.Tr key={`${a.attendanceId}-${p.connectionId}`}>
              {/* The attendee's name heads their group of rows rather than repeating on each. */}
              <Table.Td>{index === 0 && <StudentLink row={a} section="connections" />}</Table.Td>
              <Table.Td>{p.contactName}</Table.Td>
              <Table.Td>{formatDate(p.metOn)}</Table.Td>
              <Table.Td>
                {p.followedUpOn ? (
                  <>
                    {formatDate(p.followedUpOn)}{' '}
                    {p.withinTwoDays && (
                      <Badge size="sm" color="teal" variant="light">
                        within 48 h
                      </Badge>
                    )}
                  </>
                ) : (
                  <Text size="sm" c="dimmed" span>
                    Not yet
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {!p.followedUpOn && (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Log follow-up from ${a.studentName} to ${p.contactName}`}
                    loading={log.isPending && log.variables.connectionId === p.connectionId}
                    onClick={() => logFollowUp(p.connectionId, a.studentName, p.contactName)}
                  >
                    Log follow-up
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          )),
        )}
        {withoutPeople.map((a) => (
          <Table.Tr key={`none-${a.attendanceId}`}>
            <Table.Td>
              <StudentLink row={a} section="connections" />
            </Table.Td>
            <Table.Td colSpan={4}>
              <Text size="sm" c="dimmed">
                No one logged yet
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
