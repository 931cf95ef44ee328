import { Alert, Badge, Button, Group, List, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useState } from 'react';
import type { WrapUp } from '@shared/api/wrap-up';
import type { Student } from '@shared/api/students';
import { relationshipKindLabels, wrapUpItemLabels, wrapUpItems } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { todayIso } from '@renderer/components/dates';
import { SectionCard } from '@renderer/components/SectionCard';
import { Offered } from '@renderer/components/Offered';
import { WrapUpDraftModal, type DraftTarget } from './WrapUpDraftModal';

function StatusBadge({ wrapUp }: { wrapUp: WrapUp }) {
  if (wrapUp.complete)
    return (
      <Badge color="teal" variant="light">
        Complete
      </Badge>
    );
  if (wrapUp.endOn < todayIso())
    return (
      <Badge color="red" variant="light">
        Overdue
      </Badge>
    );
  return (
    <Badge color={wrapUp.due ? 'yellow' : 'gray'} variant="light">
      {wrapUp.due ? 'Due' : 'Upcoming'}
    </Badge>
  );
}

/** The thank-you round after a placement ends; shown only while there is one to run. */
export function WrapUpPanel({ student }: { student: Student }) {
  const wrapUps = useApiQuery('wrapUp.forStudent', { studentId: student.id });
  const [draft, setDraft] = useState<DraftTarget | null>(null);

  if (wrapUps.isError) return <ErrorNotice error={wrapUps.error} onRetry={() => void wrapUps.refetch()} />;
  // Nothing to wrap up is the usual case, so the panel stays out of the way (also while loading).
  if (!wrapUps.data || wrapUps.data.length === 0) return null;

  const missing = [!student.personalEmail && 'personal email', !student.phone && 'phone'].filter((m) => typeof m === 'string');
  const needsDetails = missing.length > 0 && wrapUps.data.some((w) => !w.complete);

  return (
    <SectionCard title="Internship wrap-up">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          When a placement ends, the student thanks everyone who helped and shares a personal email and phone so they can stay in touch. Items tick themselves
          when the matching interaction is logged.
        </Text>
        {needsDetails && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Personal contact details missing">
            The student's {missing.join(' and ')} {missing.length === 1 ? 'is' : 'are'} missing — add {missing.length === 1 ? 'it' : 'them'} on the student
            record so the thank-you emails can include {missing.length === 1 ? 'it' : 'them'}.
          </Alert>
        )}
        {wrapUps.data.map((w) => (
          <Paper key={w.placementId} withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start" mb="sm">
              <div>
                <Text fw={600}>
                  {w.role} at {w.employerName}
                </Text>
                <Text size="sm" c="dimmed">
                  {w.endOn < todayIso() ? 'Ended' : 'Ends'} {formatDate(w.endOn)} · started {formatDate(w.startOn)}
                </Text>
              </div>
              <StatusBadge wrapUp={w} />
            </Group>
            {w.supporters.length === 0 ? (
              <Text size="sm" c="dimmed">
                No supporters are linked to this placement yet. Add the supervisor, coworkers and hiring committee as connections and choose this placement, and
                their checklists appear here.
              </Text>
            ) : (
              <Stack gap="md">
                {w.supporters.map((s) => (
                  <div key={s.connectionId}>
                    <Text size="sm" fw={500}>
                      {s.contactName}{' '}
                      <Text span size="xs" c="dimmed">
                        {relationshipKindLabels[s.relationship]}
                        {s.contactEmail ? ` · ${s.contactEmail}` : ''}
                      </Text>
                    </Text>
                    <List spacing={6} size="sm" mt={6} center aria-label={`Wrap-up for ${s.contactName}`}>
                      {wrapUpItems.map((item) => {
                        const state = s.items.find((i) => i.item === item);
                        const done = state?.done ?? false;
                        return (
                          <List.Item
                            key={item}
                            icon={
                              <ThemeIcon size={20} radius="xl" variant="light" color={done ? 'teal' : 'gray'} aria-hidden>
                                {done ? <IconCircleCheck size={14} /> : <IconCircleDashed size={14} />}
                              </ThemeIcon>
                            }
                          >
                            <Group gap="sm" wrap="nowrap">
                              <Text size="sm" c={done ? 'dimmed' : undefined}>
                                {wrapUpItemLabels[item]}
                              </Text>
                              {done ? (
                                <Text size="xs" c="teal">
                                  {state?.doneOn ? `Done ${formatDate(state.doneOn)}` : 'Done'}
                                </Text>
                              ) : (
                                // The draft ends in "Mark as sent", which logs an interaction on the student.
                                <Offered procedure="interactions.create">
                                  <Button size="compact-xs" variant="light" onClick={() => setDraft({ placement: w, supporter: s, item })}>
                                    Draft
                                  </Button>
                                </Offered>
                              )}
                            </Group>
                          </List.Item>
                        );
                      })}
                    </List>
                  </div>
                ))}
              </Stack>
            )}
          </Paper>
        ))}
      </Stack>
      <WrapUpDraftModal target={draft} student={student} onClose={() => setDraft(null)} />
    </SectionCard>
  );
}
