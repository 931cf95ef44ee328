import { Alert, Anchor, Center, Image, Modal, Radio, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { ApiError } from '@renderer/api/client';
import { apiQuery, useApiMutation } from '@renderer/api/hooks';
import type { ProcedureOutput } from '@shared/api/contract';
import type { UninvitedPolicy } from '@shared/domain';

/** The phone page's address for a token (App.tsx): this server's own origin, which phones must be able to reach. */
export function selfCheckInAddress(token: string): string {
  return `${window.location.origin}/#/check-in/${token}`;
}

/**
 * The desk's QR code for students' phones: the server signs a new token each minute (and takes the last minute's
 * too), so the code is asked for again every 10 s and redrawn when it changes. The event's settings sit beside it.
 */
export function CheckInQrModal({ eventId, eventTitle, opened, onClose }: { eventId: number; eventTitle: string; opened: boolean; onClose: () => void }) {
  const code = useQuery<ProcedureOutput<'events.selfCheckInCode'>, ApiError>({
    ...apiQuery('events.selfCheckInCode', { eventId }),
    enabled: opened,
    refetchInterval: 10_000,
  });
  const address = code.data ? selfCheckInAddress(code.data.token) : null;
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (!address) return;
    let current = true;
    void QRCode.toDataURL(address, { width: 480, margin: 2, errorCorrectionLevel: 'M' }).then((url) => current && setImage(url));
    return () => {
      current = false;
    };
  }, [address]);
  const save = useApiMutation('events.setSelfCheckIn');
  const settings = code.data;

  return (
    <Modal opened={opened} onClose={onClose} title={`Check-in QR code: ${eventTitle}`} size="lg">
      <Stack gap="md">
        {code.isError && <Alert color="red">{code.error.message}</Alert>}
        {!code.isError && (
          <Center>{image ? <Image src={image} alt={`QR code to check in to ${eventTitle}`} w={420} h={420} /> : <Skeleton w={420} h={420} />}</Center>
        )}
        {address && (
          <Stack gap={2}>
            <Text size="sm">Students scan the code with their phone camera, or open this address (it changes every minute):</Text>
            <Anchor href={address} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }} data-testid="self-check-in-address">
              {address}
            </Anchor>
          </Stack>
        )}
        {settings && (
          <>
            <Radio.Group
              label="Students not on the list"
              value={settings.uninvited}
              onChange={(value) => save.mutate({ eventId, uninvited: value === 'refuse' ? 'refuse' : 'record', asksStudentId: settings.asksStudentId })}
            >
              <Stack gap={6} mt={6}>
                <Radio value={'record' satisfies UninvitedPolicy} label="Check them in and record them as walk-ins" />
                <Radio value={'refuse' satisfies UninvitedPolicy} label="Refuse: send them to the desk" />
              </Stack>
            </Radio.Group>
            <Switch
              label="Ask for the student ID as well as the school email"
              checked={settings.asksStudentId}
              onChange={(e) => save.mutate({ eventId, uninvited: settings.uninvited, asksStudentId: e.currentTarget.checked })}
            />
            {save.isError && <Alert color="red">{save.error.message}</Alert>}
          </>
        )}
      </Stack>
    </Modal>
  );
}
