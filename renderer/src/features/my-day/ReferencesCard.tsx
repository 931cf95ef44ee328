import { Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { MyDay } from '@shared/api/my-day';
import { relationshipKindLabels } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { formatDate, plural } from '@renderer/components/format';
import { ReferenceStatusButton } from '@renderer/features/readiness/NextStepButton';
import { MyDayCard, MyDayRow } from './MyDayCard';

/** References to confirm (asked, no answer yet) and to ask (thanked, in touch, known long enough). */
export function ReferencesCard({ list, advisorId, agreedThisWeek }: { list: MyDay['references']; advisorId: number; agreedThisWeek: number }) {
  return (
    <MyDayCard
      title="References to ask or confirm"
      icon={<IconShieldCheck size={18} />}
      total={list.total}
      shown={list.rows.length}
      more={{ to: `/students?advisor=${advisorId}&readiness=not_ready`, label: 'students not reference-ready yet' }}
      done={`Nothing to ask — ${plural(agreedThisWeek, 'reference')} agreed this week.`}
    >
      {list.rows.map((row) => {
        const asked = row.referenceStatus === 'asked';
        return (
          <MyDayRow key={row.connectionId} action={<ReferenceStatusButton target={row} short />}>
            <StudentLink row={row} section="references" />
            <Text size="sm" lineClamp={1}>
              {asked ? `Confirm ${row.contactName}` : `Ask ${row.contactName}`} · {relationshipKindLabels[row.relationship].toLowerCase()}
            </Text>
            <Text size="xs" c="dimmed">
              {asked ? `Asked ${formatDate(row.askedOn)}, no answer recorded` : 'Thanked, in touch and known long enough: ready to be asked'}
            </Text>
          </MyDayRow>
        );
      })}
    </MyDayCard>
  );
}
