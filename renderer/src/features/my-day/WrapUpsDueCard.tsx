import { Button, Text } from '@mantine/core';
import { IconCheck, IconMailHeart } from '@tabler/icons-react';
import { useState } from 'react';
import type { MyDay } from '@shared/api/my-day';
import { interactionKindLabels, wrapUpItemLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { Offered } from '@renderer/components/Offered';
import { StudentLink } from '@renderer/components/StudentLink';
import { todayIso } from '@renderer/components/dates';
import { formatDate, plural } from '@renderer/components/format';
import { useLogWithUndo } from '@renderer/features/connections/useLogWithUndo';
import { WrapUpDraftModal } from '@renderer/features/wrap-up/WrapUpDraftModal';
import { MyDayCard, MyDayRow } from './MyDayCard';

type Row = MyDay['wrapUps']['rows'][number];
type Step = NonNullable<Row['next']>;

/** The wrap-up draft for one row: the modal needs the student's record and the placement's checklist, read when opened. */
function DraftFor({ row, step, onClose }: { row: Row; step: Step; onClose: () => void }) {
  const student = useApiQuery('students.get', { id: row.studentId });
  const wrapUps = useApiQuery('wrapUp.forStudent', { studentId: row.studentId });
  const placement = wrapUps.data?.find((w) => w.placementId === row.placementId);
  const supporter = placement?.supporters.find((s) => s.connectionId === step.connectionId);
  if (!student.data || !placement || !supporter) return null;
  return <WrapUpDraftModal target={{ placement, supporter, item: step.item }} student={student.data} onClose={onClose} />;
}

function WrapUpRow({ row, onDraft }: { row: Row; onDraft: (row: Row, step: Step) => void }) {
  const { log, pending } = useLogWithUndo();
  const step = row.next;
  const markSent = (next: Step) =>
    log(
      {
        connectionId: next.connectionId,
        // Each wrap-up item is ticked by the interaction kind of the same name.
        kind: next.item,
        occurredOn: todayIso(),
        summary: `Wrap-up after ${row.role} at ${row.employerName}`,
        sharedContactDetails: next.item === 'thank_you_email' && next.detailsOnRecord,
      },
      { title: `${interactionKindLabels[next.item]} to ${next.contactName} marked sent`, message: `${row.studentName}, today.` },
    );
  return (
    <MyDayRow
      action={
        step && (
          <Offered procedure="interactions.create">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onDraft(row, step)}
              aria-label={`Draft ${wrapUpItemLabels[step.item]} to ${step.contactName}`}
            >
              Draft
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconCheck size={14} />}
              loading={pending?.connectionId === step.connectionId}
              onClick={() => markSent(step)}
              aria-label={`Mark ${wrapUpItemLabels[step.item]} to ${step.contactName} sent`}
            >
              Mark sent
            </Button>
          </Offered>
        )
      }
    >
      <StudentLink row={row} section="placements" />
      <Text size="xs" c="dimmed" lineClamp={1}>
        {row.role}, {row.employerName} · {row.endOn < todayIso() ? 'ended' : 'ends'} {formatDate(row.endOn)}
      </Text>
      <Text size="sm" lineClamp={1}>
        {step
          ? `Next: ${wrapUpItemLabels[step.item].toLowerCase()} to ${step.contactName}${row.supportersOpen > 1 ? ` (${plural(row.supportersOpen, 'supporter')} to thank)` : ''}`
          : 'No supporters recorded: add the supervisor as a connection'}
      </Text>
    </MyDayRow>
  );
}

export function WrapUpsDueCard({ wrapUps, sentThisWeek }: { wrapUps: MyDay['wrapUps']; sentThisWeek: number }) {
  const [draft, setDraft] = useState<{ row: Row; step: Step } | null>(null);
  return (
    <MyDayCard
      title="Wrap-ups due"
      icon={<IconMailHeart size={18} />}
      total={wrapUps.total}
      shown={wrapUps.rows.length}
      more="each student's Placements section lists theirs"
      done={`Nothing due — ${plural(sentThisWeek, 'wrap-up message')} sent this week.`}
    >
      {wrapUps.rows.map((row) => (
        <WrapUpRow key={row.placementId} row={row} onDraft={(r, step) => setDraft({ row: r, step })} />
      ))}
      {draft && <DraftFor row={draft.row} step={draft.step} onClose={() => setDraft(null)} />}
    </MyDayCard>
  );
}
