import { Button, Card, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { useMayCall, useSession } from '@renderer/app/session';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount } from '@renderer/components/format';
import { GoalLadderCard } from './GoalLadderCard';
import { KeepInTouchCard } from './KeepInTouchCard';
import { MessageTemplatesCard } from './MessageTemplatesCard';
import { ReadinessRulesCard } from './ReadinessRulesCard';
import { notify } from '@renderer/components/notify';
import { SaveButton } from '@renderer/components/SaveButton';
import { UsersCard } from '../users/UsersCard';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const status = useApiQuery('app.status', {});
  const { mode } = useSession();
  // Each section is offered to the roles its procedures' declared rules allow (all of them in single-user mode).
  const mayCall = useMayCall();
  if (settings.isError) return <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1} size="h2">
        Settings
      </Title>
      {/* Keyed by the saved name so the field resets when it changes elsewhere. */}
      {settings.data && mayCall('settings.update') && (
        <OfficeCard
          key={settings.data.officeName}
          officeName={settings.data.officeName}
          currentAdvisorId={settings.data.currentAdvisorId}
          timeZone={settings.data.timeZone}
        />
      )}
      {mayCall('users.list') && mode === 'office' && <UsersCard />}
      {mayCall('advisors.create') && <AdvisorsCard />}
      {mayCall('keepInTouch.updateWindows') && <KeepInTouchCard />}
      {mayCall('readiness.updateRules') && <ReadinessRulesCard />}
      {mayCall('goalTemplates.save') && <GoalLadderCard />}
      {mayCall('wrapUp.updateTemplates') && <MessageTemplatesCard />}
      {mayCall('backups.list') && (
        <Card withBorder padding="lg">
          <Title order={2} size="h4">
            Data
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {mode === 'office'
              ? 'Everything this office server knows lives in one SQLite file on the server.'
              : 'Everything Rapport knows lives in one SQLite file on this computer.'}
          </Text>
          <Code block>{status.data?.databasePath ?? '…'}</Code>
          <Group mt="sm">
            <Button component={Link} to="/backups" variant="light">
              Backups and restore
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}

// Every zone this browser knows, for the office's time zone.
const timeZones = Intl.supportedValuesOf('timeZone');

function OfficeCard({ officeName, currentAdvisorId, timeZone }: { officeName: string; currentAdvisorId: number | null; timeZone: string }) {
  const advisors = useApiQuery('advisors.list', {});
  const update = useApiMutation('settings.update');
  const [name, setName] = useState(officeName);
  // On the office server who you are comes from your sign-in, not from a choice here.
  const { mode } = useSession();
  const nameError = name.trim() === '' ? 'The office needs a name' : name.length > 120 ? 'At most 120 characters' : null;

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Office
      </Title>
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput label="Office name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} w={360} />
          <SaveButton
            procedure="settings.update"
            input={{ officeName: name }}
            savedMessage="Office name saved."
            disabled={nameError !== null || name.trim() === officeName}
          >
            Save
          </SaveButton>
        </Group>
        {mode === 'single' && (
          <Select
            label="I am"
            description="The advisor this computer acts as: new students are assigned to them and the audit log names them."
            placeholder="Choose an advisor"
            clearable
            data={(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
            value={currentAdvisorId === null ? null : String(currentAdvisorId)}
            onChange={(value) => update.mutate({ currentAdvisorId: value === null ? null : Number(value) }, { onError: notify.failure('Not saved') })}
            w={360}
          />
        )}
        <Select
          label="Time zone"
          description="The office's calendar: what today is, which day an event falls on and when keep-in-touch days are counted."
          searchable
          allowDeselect={false}
          data={timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones]}
          value={timeZone}
          onChange={(value) =>
            value !== null &&
            update.mutate(
              { timeZone: value },
              {
                onSuccess: () => notify.done(`Time zone set to ${value}.`),
                onError: notify.failure('Not saved'),
              },
            )
          }
          w={360}
        />
      </Stack>
    </Card>
  );
}

function AdvisorsCard() {
  const advisors = useApiQuery('advisors.list', {});
  const create = useApiMutation('advisors.create');
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', email: '' },
    validate: {
      name: (v) => (v.trim() === '' ? 'Enter the advisor’s name' : null),
      email: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : 'Enter an email address like name@example.edu'),
    },
  });

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Advisors
      </Title>
      {advisors.data && advisors.data.length > 0 ? (
        <Table striped withTableBorder mb="md" aria-label="Advisors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th ta="right">Students</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {advisors.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{a.email}</Table.Td>
                <Table.Td ta="right">{formatCount(a.studentCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" mb="md">
          No advisors yet. Add the people who follow students, then assign students to them.
        </Text>
      )}
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(values, {
            onSuccess: (advisor) => {
              notify.done(`Added ${advisor.name}.`);
              form.reset();
            },
            onError: (error) => form.setFieldError(error.field === 'email' ? 'email' : 'name', error.message),
          }),
        )}
        noValidate
      >
        <Group align="flex-start">
          <TextInput label="Name" {...form.getInputProps('name')} w={240} />
          <TextInput label="Email" {...form.getInputProps('email')} w={260} />
          <Button type="submit" mt={25} loading={create.isPending} variant="light">
            Add advisor
          </Button>
        </Group>
      </form>
    </Card>
  );
}
