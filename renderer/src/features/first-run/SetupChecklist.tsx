import { Anchor, Card, List, Progress, Skeleton, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '@renderer/api/hooks';
import { useMayCall, useSession } from '@renderer/app/session';
import { setupSteps } from './setupSteps';

/** The new office's setup, step by step: each links to where it is done and is ticked from the office's data. */
export function SetupChecklist() {
  const { mode } = useSession();
  const mayCall = useMayCall();
  const settings = useApiQuery('settings.get', {});
  const advisors = useApiQuery('advisors.list', {});
  const status = useApiQuery('app.status', {});
  const windowsSaved = useApiQuery('audit.list', { entity: 'keep_in_touch_windows', page: 1, pageSize: 1 }, { enabled: mayCall('audit.list') });
  if (!settings.data || !advisors.data || !status.data) return <Skeleton h={220} />;
  const steps = setupSteps({
    officeName: settings.data.officeName,
    advisors: advisors.data.length,
    currentAdvisorId: settings.data.currentAdvisorId,
    mode,
    students: status.data.studentCount,
    windowsSaved: windowsSaved.data?.total ?? 0,
  });
  const done = steps.filter((step) => step.done).length;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4">
        Set up the office
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {done === steps.length ? 'Everything is set up.' : `${done} of ${steps.length} done. Each step opens where it is done.`}
      </Text>
      <Progress value={(100 * done) / steps.length} mb="md" aria-label={`Setup: ${done} of ${steps.length} steps done`} />
      <List spacing="sm" aria-label="Setup steps" center>
        {steps.map((step) => (
          <List.Item
            key={step.key}
            icon={
              <ThemeIcon size={22} radius="xl" variant={step.done ? 'filled' : 'light'} color={step.done ? 'teal' : 'gray'}>
                {step.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
              </ThemeIcon>
            }
          >
            <VisuallyHidden>{step.done ? 'Done: ' : 'To do: '}</VisuallyHidden>
            <Anchor component={Link} to={step.to} fw={500}>
              {step.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {step.hint}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/** The checklist as a screen of its own (/setup): where "Start empty" lands. */
export function SetupPage() {
  // Not in the navigation, so the Shell does not name the window (WCAG 2.4.2): the page does.
  useDocumentTitle('Setup · Rapport');
  return (
    <div style={{ maxWidth: 720 }}>
      <Title order={1} size="h2" mb="lg">
        Setup
      </Title>
      <SetupChecklist />
    </div>
  );
}
