import { Button, Card, Center, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconCheck, IconFile } from '@tabler/icons-react';
import { useApiMutation } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

/** Shown once, on an empty database: explore with the demo office, or start with a clean slate. */
export function FirstRunPage() {
  const demo = useApiMutation('app.loadDemo');
  const empty = useApiMutation('app.startEmpty');
  const busy = demo.isPending || empty.isPending;
  const failure = demo.error ?? empty.error;

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-body)">
      <Stack maw={720} w="100%" gap="lg">
        <div>
          <Title order={1}>Welcome to Rapport</Title>
          <Text c="dimmed" mt={4}>
            Follow each student&apos;s networking: small goals, the people they meet, keeping in touch, and references that are ready when employers ask.
          </Text>
        </div>
        {failure && <ErrorNotice error={failure} />}
        <Group grow align="stretch">
          <Card withBorder padding="lg">
            <Stack justify="space-between" h="100%">
              <Stack gap="xs">
                <ThemeIcon size={40} variant="light" radius="md">
                  <IconBuildingCommunity size={22} />
                </ThemeIcon>
                <Title order={2} size="h3">
                  Explore the demo office
                </Title>
                <List size="sm" spacing={4} icon={<IconCheck size={14} />}>
                  <List.Item>300 students across programs and class years</List.Item>
                  <List.Item>Employers, mentors, internships and 18 months of history</List.Item>
                  <List.Item>Events, attendance and goals in every state</List.Item>
                </List>
              </Stack>
              <Button
                loading={demo.isPending}
                disabled={busy}
                onClick={() =>
                  demo.mutate(
                    { students: 300, seed: 1 },
                    {
                      onSuccess: (result) =>
                        notify.done(
                          `${formatCount(result.counts.students ?? 0)} students and ${formatCount(result.counts.interactions ?? 0)} interactions.`,
                          'Demo office loaded',
                        ),
                    },
                  )
                }
              >
                Load the demo office
              </Button>
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <Stack justify="space-between" h="100%">
              <Stack gap="xs">
                <ThemeIcon size={40} variant="light" radius="md" color="gray">
                  <IconFile size={22} />
                </ThemeIcon>
                <Title order={2} size="h3">
                  Start with an empty office
                </Title>
                <Text size="sm" c="dimmed">
                  Add students by hand now; import your roster from a CSV file when importing is available. The goal ladder is set up with sensible defaults you
                  can edit.
                </Text>
              </Stack>
              <Button variant="default" loading={empty.isPending} disabled={busy} onClick={() => empty.mutate({})}>
                Start empty
              </Button>
            </Stack>
          </Card>
        </Group>
      </Stack>
    </Center>
  );
}
