import { Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { notify } from '@renderer/components/notify';

/** Students ranked by fit (goals that want an event, interest in the attending employers), each one click to invite. */
export function InviteSuggestions({ eventId, goalTemplateId }: { eventId: number; goalTemplateId: number | null }) {
  const suggestions = useApiQuery('events.suggestions', { eventId, limit: 10 });
  const invite = useApiMutation('events.invite');

  if (suggestions.isError) return <ErrorNotice error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  if (!suggestions.data) {
    return (
      <Stack gap={6}>
        <Skeleton h={28} />
        <Skeleton h={28} />
        <Skeleton h={28} />
      </Stack>
    );
  }
  if (suggestions.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No suggestions right now: everyone with an event-related goal is already invited. Add employers to the event to find students interested in their
        industries.
      </Text>
    );
  }
  return (
    <Table aria-label="Suggested students" verticalSpacing={6}>
      <Table.Tbody>
        {suggestions.data.map((s) => (
          <Table.Tr key={s.studentId}>
            <Table.Td>
              <StudentLink row={s} />
              {s.program && (
                <Text size="xs" c="dimmed">
                  {s.program}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {s.reasons.map((r) => (
                  <Badge key={r} size="sm" variant="light" color="grape" tt="none">
                    {r}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant="light"
                aria-label={`Invite ${s.studentName}`}
                loading={invite.isPending && invite.variables.studentIds?.[0] === s.studentId}
                onClick={() =>
                  invite.mutate(
                    { eventId, studentIds: [s.studentId], goalTemplateId: goalTemplateId ?? undefined },
                    {
                      onSuccess: () => notify.done(`Invited ${s.studentName}.`),
                      onError: notify.failure('Not invited'),
                    },
                  )
                }
              >
                Invite
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
