import { Button, Card, Center, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconCheck, IconFile, IconFileImport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useApiMutation } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

/** Shown once, on an empty database: explore with the demo office, or start with a clean slate. */
export function FirstRunPage() {
  const demo = useApiMutation('app.loadDemo');
  const empty = useApiMutation('app.startEmpty');
  const busy = demo.isPending || empty.isPending;
  const navigate = useNavigate();
  // An empty office opens on its setup checklist, or on the import when that is what was chosen. The address is set
  // first: once the office is started this screen is gone (the gate shows the app) before a callback could move it.
  const startEmpty = (then: string) => {
    void navigate(then, { replace: true });
    empty.mutate({});
  };
  const failure = demo.error ?? empty.error;

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-body)">
      <Stack maw={1040} w="100%" gap="lg">
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
          <ChoiceCard
            icon={<IconFile size={22} />}
            title="Start with an empty office"
            text="A setup checklist walks you through it: the office's name, the advisors, who you are, the roster and the keep-in-touch windows. The goal ladder starts with sensible defaults you can edit."
            action="Start empty"
            pending={empty.isPending}
            disabled={busy}
            onClick={() => startEmpty('/setup')}
          />
          <ChoiceCard
            icon={<IconFileImport size={22} />}
            title="Import your roster"
            text="Students from a CSV or Excel file exported from your student system or Handshake; you see what will change before anything is saved."
            action="Import a roster"
            pending={empty.isPending}
            disabled={busy}
            onClick={() => startEmpty('/import')}
          />
        </Group>
      </Stack>
    </Center>
  );
}

/** One way to begin: what it gives, and the button that starts it. */
function ChoiceCard(props: { icon: ReactNode; title: string; text: string; action: string; pending: boolean; disabled: boolean; onClick: () => void }) {
  return (
    <Card withBorder padding="lg">
      <Stack justify="space-between" h="100%">
        <Stack gap="xs">
          <ThemeIcon size={40} variant="light" radius="md" color="gray">
            {props.icon}
          </ThemeIcon>
          <Title order={2} size="h3">
            {props.title}
          </Title>
          <Text size="sm" c="dimmed">
            {props.text}
          </Text>
        </Stack>
        <Button variant="default" loading={props.pending} disabled={props.disabled} onClick={props.onClick}>
          {props.action}
        </Button>
      </Stack>
    </Card>
  );
}
