import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDeviceDesktop, IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EventDetail } from '@shared/api/events';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { officeZone } from '@renderer/components/dates';
import { checkInWindow, kioskOpen } from '@shared/check-in-day';
import { recordPage } from '@renderer/components/RecordPage';
import { CheckInDesk } from './CheckInDesk';
import { StartKioskModal } from './kiosk/StartKioskModal';
import { missingEvent } from './missingEvent';
import { CheckInQrModal } from './self-check-in/CheckInQrModal';
import { useSession } from '@renderer/app/session';

/** The door: type a name or ID (or scan a card), Enter checks in the highlighted person, the box is ready again. */
export const CheckInPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('events.get', { id }, { enabled }),
  missing: missingEvent,
  skeleton: [56, 240],
  view: (e) => <CheckInView event={e} />,
});

function CheckInView({ event }: { event: EventDetail }) {
  // The core refuses an early check-in by the same rule; say so here rather than after the first name is typed.
  const door = checkInWindow(officeZone(), event.startsAt);
  useDocumentTitle(`Check-in: ${event.title} · Rapport`);
  const [kiosk, setKiosk] = useState(false);
  const [qr, setQr] = useState(false);
  // Phones reach only an office server: single-user mode listens on this computer alone.
  const phones = useSession().mode === 'office';
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/events">
          Events
        </Anchor>
        <Anchor component={Link} to={`/events/${event.id}`}>
          {event.title}
        </Anchor>
        <Text size="sm">Check-in</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Check-in: {event.title}
        </Title>
        {/* The core answers the kiosk only on the event's day(s); the desk stays open for a sheet typed in later. */}
        {kioskOpen(officeZone(), event) && (
          <Group gap="xs">
            {phones && (
              <Button variant="default" leftSection={<IconQrcode size={16} />} onClick={() => setQr(true)}>
                Show check-in QR
              </Button>
            )}
            <Button variant="default" leftSection={<IconDeviceDesktop size={16} />} onClick={() => setKiosk(true)}>
              Kiosk mode
            </Button>
          </Group>
        )}
      </Group>
      {door.open ? (
        <CheckInDesk eventId={event.id} />
      ) : (
        <Alert color="gray" title="Check-in is not open yet">
          Check-in opens on {formatDate(door.opensOn)}, the day of the event.
        </Alert>
      )}
      <StartKioskModal eventId={event.id} opened={kiosk} onClose={() => setKiosk(false)} />
      {phones && <CheckInQrModal eventId={event.id} eventTitle={event.title} opened={qr} onClose={() => setQr(false)} />}
    </Stack>
  );
}
