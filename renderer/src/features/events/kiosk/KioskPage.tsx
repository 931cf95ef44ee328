import { Alert, Anchor, Box, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheckFilled, IconMaximize } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { KioskMatch } from '@shared/api/event-desk';
import type { EventDetail } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { recordPage } from '@renderer/components/RecordPage';
import { formatCheckInTime } from '../eventFormat';
import { missingEvent } from '../missingEvent';
import { KioskExitModal } from './KioskExitModal';
import { kioskLocked, requestFullscreen } from './kioskLock';
import { useWhileShown } from '@renderer/components/useWhileShown';

/** Self check-in at the door, full screen and outside the app's navigation (routes.tsx mounts it outside the Shell). */
export const KioskPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('events.get', { id }, { enabled }),
  missing: missingEvent,
  skeleton: [120, 240],
  view: (e) => (kioskLocked(e.id) ? <Kiosk event={e} /> : <NotStarted event={e} />),
});

/** A reload forgets the exit code (memory only), so the kiosk does not run again until an advisor starts it. */
function NotStarted({ event }: { event: EventDetail }) {
  return (
    <Center mih="100vh" p="xl">
      <Alert color="gray" title="The kiosk is not running" maw={560}>
        An advisor starts it from the{' '}
        <Anchor component={Link} to={`/events/${event.id}/check-in`} inherit underline="always">
          check-in desk for {event.title}
        </Anchor>
        .
      </Alert>
    </Center>
  );
}

type Step = { kind: 'ask' } | { kind: 'confirm'; match: KioskMatch } | { kind: 'welcome'; name: string; at: string | null; already: boolean };

const hints = {
  too_short: 'Type your full name (first and last), your school email or your student ID.',
  none: 'We could not find that on the list. Check the spelling, try your school email, or see the desk.',
} as const;

function Kiosk({ event }: { event: EventDetail }) {
  const [exiting, setExiting] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const [fullscreen, setFullscreen] = useState(document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // The welcome stays long enough to read, then the kiosk is ready for the next student.
  useEffect(() => {
    if (step.kind !== 'welcome') return;
    const timer = window.setTimeout(() => setStep({ kind: 'ask' }), 6000);
    return () => window.clearTimeout(timer);
  }, [step]);

  return (
    <Box mih="100vh" p="xl" bg="var(--mantine-color-body)">
      <Stack gap="xl" maw={960} mx="auto" pt="xl">
        <Stack gap={4} ta="center">
          <Text size="xl" c="dimmed">
            Welcome to
          </Text>
          <Title order={1} fz={48}>
            {event.title}
          </Title>
        </Stack>
        <main aria-label="Self check-in">
          {step.kind === 'ask' && <Ask eventId={event.id} onFound={(match) => setStep({ kind: 'confirm', match })} />}
          {step.kind === 'confirm' && (
            <Confirm
              match={step.match}
              onDone={(at, already) => setStep({ kind: 'welcome', name: step.match.studentName, at, already })}
              onCancel={() => setStep({ kind: 'ask' })}
            />
          )}
          {step.kind === 'welcome' && <Welcome name={step.name} at={step.at} already={step.already} onNext={() => setStep({ kind: 'ask' })} />}
        </main>
      </Stack>
      <Group pos="fixed" bottom={16} right={16} gap="xs">
        {!fullscreen && document.fullscreenEnabled && (
          <Button variant="subtle" color="gray" size="xs" leftSection={<IconMaximize size={14} />} onClick={requestFullscreen}>
            Full screen
          </Button>
        )}
        <Button variant="subtle" color="gray" size="xs" onClick={() => setExiting(true)}>
          Exit kiosk
        </Button>
      </Group>
      <KioskExitModal eventId={event.id} opened={exiting} onClose={() => setExiting(false)} />
    </Box>
  );
}

function Ask({ eventId, onFound }: { eventId: number; onFound: (match: KioskMatch) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const found = useApiQuery('events.kioskFind', { eventId, query: query ?? '' }, { enabled: query !== null });
  const answer = query !== null && !found.isPlaceholderData ? found.data : undefined;
  useEffect(() => {
    if (answer?.match) onFound(answer.match);
  }, [answer, onFound]);
  return (
    <Paper withBorder p="xl" radius="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(text.trim());
        }}
      >
        <Stack gap="md">
          <TextInput
            ref={input}
            label="Check yourself in"
            description="Your full name, school email or student ID, then Enter"
            size="xl"
            styles={{ input: { fontSize: 28, height: 72 }, label: { fontSize: 24 }, description: { fontSize: 18 } }}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Button type="submit" size="xl" loading={found.isFetching}>
            Find me
          </Button>
          <Text size="lg" aria-live="polite" ta="center" mih={28}>
            {answer && answer.reason !== 'found' ? hints[answer.reason] : ''}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

function Confirm({ match, onDone, onCancel }: { match: KioskMatch; onDone: (at: string | null, already: boolean) => void; onCancel: () => void }) {
  const checkIn = useApiMutation('attendance.checkIn');
  const [error, setError] = useState<string | null>(null);
  // Pressing "No" while the check-in is on its way leaves this screen; the next student's must not turn into a welcome.
  const welcome = useWhileShown(onDone);
  const confirm = () => {
    if (match.checkedInAt) return onDone(match.checkedInAt, true);
    checkIn.mutate(
      { attendanceId: match.attendanceId, checkedIn: true },
      { onSuccess: (saved) => welcome(saved.checkedInAt, false), onError: (e) => setError(`${e.message} Please see the desk.`) },
    );
  };
  return (
    <Paper withBorder p="xl" radius="lg">
      <Stack gap="lg" ta="center">
        <Text fz={36} fw={700}>
          Are you {match.studentName}?
        </Text>
        {error && (
          <Text size="lg" role="alert">
            {error}
          </Text>
        )}
        <Group justify="center" gap="lg">
          <Button size="xl" onClick={confirm} loading={checkIn.isPending} data-autofocus autoFocus>
            Yes, check me in
          </Button>
          <Button size="xl" variant="default" onClick={onCancel}>
            No, that is not me
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Welcome({ name, at, already, onNext }: { name: string; at: string | null; already: boolean; onNext: () => void }) {
  return (
    <Paper withBorder p="xl" radius="lg">
      <Stack gap="md" align="center" ta="center" role="status">
        <IconCircleCheckFilled size={72} color="var(--mantine-color-teal-filled)" aria-hidden />
        <Text fz={36} fw={700}>
          {already ? `You are already checked in, ${name}` : `Welcome, ${name}! You are checked in`}
          {at ? ` (${formatCheckInTime(at)})` : ''}.
        </Text>
        <Button size="lg" variant="default" onClick={onNext}>
          Next person
        </Button>
      </Stack>
    </Paper>
  );
}
