import { useState } from 'react';
import { connectionChange } from '@shared/api/connections';
import { call } from '@renderer/api/client';
import { useApiRun } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { notify } from '@renderer/components/notify';

/**
 * "Ask" and "Mark agreed" as one click wherever a next step names a reference (My day, the readiness panel, the
 * dashboard's closest-to-ready rows): the connection is read fresh, so the update carries its current version.
 */
export function useReferenceStatus() {
  const run = useApiRun();
  const [pending, setPending] = useState<number | null>(null);

  const set = async (target: { studentId: number; connectionId: number; contactName: string }, status: 'asked' | 'agreed') => {
    setPending(target.connectionId);
    try {
      const connection = (await call('connections.forStudent', { studentId: target.studentId })).find((c) => c.id === target.connectionId);
      if (!connection) throw new Error(`${target.contactName} is no longer connected to this student.`);
      await run('connections.update', connectionChange(connection, { referenceStatus: status, referenceStatusOn: todayIso() }));
      notify.done(
        status === 'asked' ? `Recorded: ${target.contactName} was asked to be a reference today.` : `Recorded: ${target.contactName} agreed to be a reference.`,
      );
    } catch (error) {
      notify.failed('Not saved', error instanceof Error ? error : String(error));
    } finally {
      setPending(null);
    }
  };

  return { set, pending };
}
