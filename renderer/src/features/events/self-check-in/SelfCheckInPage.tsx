import { Alert, Box, Button, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';

/**
 * A student's phone, after scanning the desk's QR code (App.tsx mounts it outside the session gate: no account).
 * Large type, one field (two when the event asks for the student ID), and one clear answer. The server says only
 * "checked in" or "see the desk" about the student, so this page can show nothing about anyone else.
 */
export default function SelfCheckInPage() {
  const token = useParams().token ?? '';
  const form = useApiQuery('events.selfCheckInForm', { token });
  useDocumentTitle('Check in · Rapport');
  return (
    <Box mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack component="main" gap="lg" maw={480} mx="auto" pt="lg" aria-label="Check in to an event">
        {form.isPending && <Loader role="status" aria-label="Loading" mx="auto" />}
        {form.isError && (
          <Alert color="red" title="This code does not work" fz="lg">
            <Text fz="lg">{form.error.message}</Text>
          </Alert>
        )}
        {form.data && <CheckInForm token={token} eventTitle={form.data.eventTitle} asksStudentId={form.data.asksStudentId} />}
      </Stack>
    </Box>
  );
}

function CheckInForm({ token, eventTitle, asksStudentId }: { token: string; eventTitle: string; asksStudentId: boolean }) {
  const checkIn = useApiMutation('events.selfCheckIn');
  const [email, setEmail] = useState('');
  const [studentId, setStudentId] = useState('');
  if (checkIn.isSuccess) {
    return (
      <Stack align="center" gap="md" ta="center" role="status">
        <IconCircleCheckFilled size={96} color="var(--mantine-color-green-filled)" aria-hidden />
        <Title order={1} fz={32}>
          You’re checked in
        </Title>
        <Text fz="xl">{checkIn.data.eventTitle}</Text>
      </Stack>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    checkIn.mutate({ token, schoolEmail: email, ...(asksStudentId ? { studentId } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Stack gap={4}>
          <Text fz="lg" c="dimmed">
            Check in to
          </Text>
          <Title order={1} fz={30}>
            {eventTitle}
          </Title>
        </Stack>
        <TextInput
          label="Your school email"
          type="email"
          autoComplete="email"
          inputMode="email"
          size="xl"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        {asksStudentId && (
          <TextInput label="Your student ID" size="xl" required autoComplete="off" value={studentId} onChange={(e) => setStudentId(e.currentTarget.value)} />
        )}
        {checkIn.isError && (
          <Alert color="red" role="alert">
            <Text fz="lg">{checkIn.error.message}</Text>
          </Alert>
        )}
        <Button type="submit" size="xl" loading={checkIn.isPending} disabled={email.trim() === ''}>
          Check me in
        </Button>
      </Stack>
    </form>
  );
}
