import { Card, Select, Stack, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

/**
 * My day is one advisor's caseload. The single-user app asks once and saves the answer as "I am" (Settings); on the
 * office server the signed-in account's advisor is used, so an account not linked to one is told who can link it.
 */
export function WhoAreYou({ mayChoose }: { mayChoose: boolean }) {
  const advisors = useApiQuery('advisors.list', {}, { enabled: mayChoose });
  const update = useApiMutation('settings.update');
  return (
    <Card withBorder padding="xl" radius="md" maw={520}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          Who are you?
        </Title>
        {mayChoose ? (
          <>
            <Text size="sm" c="dimmed">
              My day lists the work of your own caseload: wrap-ups due, connections losing touch, follow-ups, goals ending and references. Choose yourself once;
              Settings keeps it as “I am”.
            </Text>
            <Select
              label="I am"
              placeholder="Choose an advisor"
              data={(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
              onChange={(value) => value !== null && update.mutate({ currentAdvisorId: Number(value) }, { onError: notify.failure('Not saved') })}
              disabled={update.isPending}
              searchable
            />
          </>
        ) : (
          <Text size="sm">
            Your account is not linked to an advisor, so there is no caseload to list. The office admin links accounts to advisors under Settings → Office →
            Users; the office dashboard is one click away meanwhile.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
