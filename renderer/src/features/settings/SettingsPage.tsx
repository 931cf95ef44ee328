import { Button, Card, Code, Group, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ComponentType, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type DateFormat, dateFormatLabels, dateFormats } from '@shared/date-format';
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
import { confirmDiscard, useUnsavedChanges } from '@renderer/components/unsavedChanges';
import { TwoStepCard } from '../two-step/TwoStepCard';
import { UsersCard } from '../users/UsersCard';
import { SsoSection } from './sso/SsoSection';

type Section = 'office' | 'two-step' | 'keep-in-touch' | 'readiness' | 'goals' | 'templates' | 'single-sign-on' | 'data';

/** The sections in order; each is offered when the caller may change what it holds. */
function useSections(): { value: Section; label: string }[] {
  const mayCall = useMayCall();
  const { mode } = useSession();
  const all: { value: Section; label: string; offered: boolean }[] = [
    { value: 'office', label: 'Office', offered: mayCall('settings.update') || mayCall('advisors.create') || mayCall('users.list') },
    // Each account's own, on the office server only: single-user mode has no sign-in to protect.
    { value: 'two-step', label: 'Two-step sign-in', offered: mode === 'office' && mayCall('auth.twoStepStatus') },
    { value: 'keep-in-touch', label: 'Keep in touch', offered: mayCall('keepInTouch.updateWindows') },
    { value: 'readiness', label: 'Readiness', offered: mayCall('readiness.updateRules') },
    { value: 'goals', label: 'Goals', offered: mayCall('goalTemplates.save') },
    { value: 'templates', label: 'Templates', offered: mayCall('wrapUp.updateTemplates') },
    // Single sign-on is the office server's: one person on their own computer signs in to nothing.
    { value: 'single-sign-on', label: 'Single sign-on', offered: mode === 'office' && mayCall('sso.updateSettings') },
    { value: 'data', label: 'Data', offered: mayCall('backups.list') },
  ];
  return all.filter((section) => section.offered);
}

/** The sections that are one card each (Office has several). */
const singleCardSections: [Section, ComponentType][] = [
  ['two-step', TwoStepCard],
  ['keep-in-touch', KeepInTouchCard],
  ['readiness', ReadinessRulesCard],
  ['goals', GoalLadderCard],
  ['templates', MessageTemplatesCard],
  ['single-sign-on', SsoSection],
  ['data', DataCard],
];

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const { mode } = useSession();
  // Each section is offered to the roles its procedures' declared rules allow (all of them in single-user mode).
  const mayCall = useMayCall();
  const sections = useSections();
  // The open section is in the address (?section=…), so a link or a reload lands on it.
  const [params, setParams] = useSearchParams();
  const asked = sections.find((s) => s.value === params.get('section'));
  const open = asked?.value ?? sections[0]?.value ?? 'office';
  // Another section unmounts this one's forms: ask first when they hold unsaved changes.
  const choose = (value: string | null) => value !== null && confirmDiscard(() => setParams({ section: value }, { replace: true }));
  if (settings.isError) return <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1} size="h2">
        Settings
      </Title>
      <Tabs value={open} onChange={choose} keepMounted={false}>
        <Tabs.List aria-label="Settings sections">
          {sections.map((s) => (
            <Tabs.Tab key={s.value} value={s.value}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="office" pt="lg">
          <Stack gap="lg">
            {/* Keyed by the saved name so the field resets when it changes elsewhere. */}
            {settings.data && mayCall('settings.update') && (
              <OfficeCard
                key={settings.data.officeName}
                officeName={settings.data.officeName}
                currentAdvisorId={settings.data.currentAdvisorId}
                timeZone={settings.data.timeZone}
                dateFormat={settings.data.dateFormat}
              />
            )}
            {mayCall('users.list') && mode === 'office' && <UsersCard />}
            {mayCall('advisors.create') && <AdvisorsCard />}
          </Stack>
        </Tabs.Panel>
        {singleCardSections.map(([value, Card]) => (
          <Tabs.Panel key={value} value={value} pt="lg">
            <Card />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function DataCard() {
  const status = useApiQuery('app.status', {});
  const { mode } = useSession();
  return (
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
  );
}

// Every zone this browser knows, for the office's time zone.
const timeZones = Intl.supportedValuesOf('timeZone');

function OfficeCard({
  officeName,
  currentAdvisorId,
  timeZone,
  dateFormat,
}: {
  officeName: string;
  currentAdvisorId: number | null;
  timeZone: string;
  dateFormat: DateFormat;
}) {
  const advisors = useApiQuery('advisors.list', {});
  const update = useApiMutation('settings.update');
  const [name, setName] = useState(officeName);
  // On the office server who you are comes from your sign-in, not from a choice here.
  const { mode } = useSession();
  useUnsavedChanges(() => name.trim() !== officeName);
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
        <Select
          label="Date format"
          description="How every screen and every document (exports, reference lists, check-in sheets) writes a date."
          allowDeselect={false}
          data={dateFormats.map((value) => ({ value, label: dateFormatLabels[value] }))}
          value={dateFormat}
          onChange={(value) => {
            const chosen = dateFormats.find((format) => format === value);
            if (chosen)
              update.mutate(
                { dateFormat: chosen },
                { onSuccess: () => notify.done(`Dates now read like ${dateFormatLabels[chosen]}.`), onError: notify.failure('Not saved') },
              );
          }}
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
  useUnsavedChanges(() => form.isDirty());

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
