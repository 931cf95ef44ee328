import { Alert, Anchor, Button, Collapse, Group, List, Paper, RingProgress, Skeleton, Stack, Text, ThemeIcon, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowRight, IconCheck, IconFileExport, IconLock, IconUserCheck, IconX } from '@tabler/icons-react';
import { DisclosureButton } from '@renderer/components/DisclosureButton';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ReadinessCheck, ReferenceCandidate, StudentReadiness } from '@shared/api/readiness';
import type { Student } from '@shared/api/students';
import { readinessItemLabels, readinessItems, referenceStatusLabels, relationshipKindLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { ReadinessLevelBadge, ReadinessStatusBadge } from './readinessBadges';
import { confidentialExportNote, readinessLevelColors, readyCountText } from './readinessDisplay';
import { NextStepButton, type StepTarget } from './NextStepButton';
import { ReferenceListExportModal } from './ReferenceListExportModal';
import { SectionCard } from '@renderer/components/SectionCard';

/** Whether the student has people who will vouch for them: the level and score with reasons, then every candidate's checklist. */
export function ReadinessPanel({ student }: { student: Student }) {
  const readiness = useApiQuery('readiness.student', { id: student.id });
  const [exporting, setExporting] = useState(false);
  const mayExport = useMayCall()('exports.referenceList');
  // Placeholder data belongs to the previously opened student: never show (or export) their references here.
  const data = readiness.isPlaceholderData ? undefined : readiness.data;

  let body;
  if (readiness.isError) body = <ErrorNotice error={readiness.error} onRetry={() => void readiness.refetch()} />;
  else if (!data) body = <Skeleton h={160} />;
  else
    body = (
      <Stack gap="md">
        <ReadinessSummary readiness={data} />
        {data.candidates.length === 0 ? (
          <NoCandidates />
        ) : (
          <Stack gap="sm">
            {data.candidates.map((candidate) => (
              <CandidateCard key={candidate.connectionId} candidate={candidate} studentId={student.id} />
            ))}
          </Stack>
        )}
        {data.notEligible > 0 && <NotEligibleNote count={data.notEligible} />}
      </Stack>
    );

  return (
    <SectionCard
      title="Reference readiness"
      actions={mayExport && <ExportButton confidential={student.confidential} disabled={!data} onClick={() => setExporting(true)} />}
    >
      <Stack gap="md">
        {student.confidential && (
          <Alert color="orange" variant="light" icon={<IconLock size={18} />}>
            {confidentialExportNote}.
          </Alert>
        )}
        {body}
      </Stack>
      {data && (
        <ReferenceListExportModal
          opened={exporting}
          onClose={() => setExporting(false)}
          studentId={student.id}
          studentName={student.displayName}
          candidates={data.candidates}
        />
      )}
    </SectionCard>
  );
}

/**
 * A confidential student's button stays visible so the advisor learns why there is no export; it is
 * aria-disabled rather than disabled so it can still take focus and show the reason.
 */
function ExportButton({ confidential, disabled, onClick }: { confidential: boolean; disabled: boolean; onClick: () => void }) {
  if (confidential) {
    return (
      <Tooltip label={confidentialExportNote} withArrow>
        <Button variant="default" leftSection={<IconFileExport size={16} />} data-disabled aria-disabled onClick={(event) => event.preventDefault()}>
          Export reference list
        </Button>
      </Tooltip>
    );
  }
  return (
    <Button variant="default" leftSection={<IconFileExport size={16} />} disabled={disabled} onClick={onClick}>
      Export reference list
    </Button>
  );
}

export function ReadinessSummary({ readiness }: { readiness: StudentReadiness }) {
  const color = readinessLevelColors[readiness.level];
  return (
    <Group align="flex-start" wrap="nowrap" gap="lg">
      <RingProgress
        size={88}
        thickness={8}
        roundCaps
        sections={[{ value: Math.max(0, Math.min(100, readiness.score)), color }]}
        role="img"
        aria-label={`Readiness score ${readiness.score} out of 100`}
        label={
          <Text ta="center" fw={700} size="lg" aria-hidden>
            {readiness.score}
          </Text>
        }
      />
      <Stack gap={6} style={{ flex: 1 }}>
        <Group gap="sm">
          <ReadinessLevelBadge level={readiness.level} size="lg" />
          <Text fw={600}>{readyCountText(readiness.readyReferences, readiness.target)}</Text>
        </Group>
        {readiness.reasons.length > 0 && (
          <List size="sm" spacing={2} c="dimmed" aria-label="Why this level">
            {/* Reasons are sentences that may repeat word for word, and the list never reorders: the index is a stable key. */}
            {readiness.reasons.map((reason, index) => (
              <List.Item key={index}>{reason}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Group>
  );
}

function CandidateCard({ candidate, studentId }: { candidate: ReferenceCandidate; studentId: number }) {
  const target: StepTarget = { ...candidate, studentId };
  const [open, { toggle }] = useDisclosure(false);
  const checklistId = useId();
  const met = candidate.checks.filter((check) => check.met).length;
  const relationship = `${relationshipKindLabels[candidate.relationship]}${candidate.strength === 'weak' ? ' (weak reference)' : ''}`;
  const meta = [relationship, candidate.employerName, `Reference: ${referenceStatusLabels[candidate.referenceStatus].toLowerCase()}`];
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-label={candidate.contactName}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Anchor component={Link} to={`/contacts/${candidate.contactId}`} fw={500}>
              {candidate.contactName}
            </Anchor>
            {candidate.contactTitle && (
              <Text span size="sm" c="dimmed">
                {' '}
                · {candidate.contactTitle}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {meta.filter(Boolean).join(' · ')}
              {candidate.lastTouchOn && ` · Last in touch ${formatDate(candidate.lastTouchOn)}`}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {candidate.points} points
            </Text>
            <ReadinessStatusBadge status={candidate.status} />
          </Group>
        </Group>
        {candidate.nextAction && (
          <Group gap="sm" wrap="nowrap" align="center" justify="space-between">
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconArrowRight size={14} style={{ marginTop: 3, flexShrink: 0 }} aria-hidden />
              <Text size="sm">
                <VisuallyHidden>Next: </VisuallyHidden>
                {candidate.nextAction}
              </Text>
            </Group>
            {candidate.nextItem && <NextStepButton target={target} item={candidate.nextItem} />}
          </Group>
        )}
        <Group>
          <DisclosureButton open={open} controls={checklistId} onClick={toggle}>
            Checklist ({met} of {candidate.checks.length})
          </DisclosureButton>
        </Group>
        <Collapse expanded={open} id={checklistId}>
          <Checklist candidate={candidate} target={target} />
        </Collapse>
      </Stack>
    </Paper>
  );
}

function Checklist({ candidate, target }: { candidate: ReferenceCandidate; target: StepTarget }) {
  // Walk the domain's order so the checklist always reads the way a reference is built.
  const checks = readinessItems.map((item) => candidate.checks.find((check) => check.item === item)).filter((check) => check !== undefined);
  return (
    <List spacing={8} size="sm" aria-label={`Checklist for ${candidate.contactName}`}>
      {checks.map((check) => (
        <ChecklistItem key={check.item} check={check} target={target} />
      ))}
    </List>
  );
}

function ChecklistItem({ check, target }: { check: ReadinessCheck; target: StepTarget }) {
  return (
    <List.Item
      icon={
        <ThemeIcon size={20} radius="xl" variant="light" color={check.met ? 'green' : 'red'} aria-hidden>
          {check.met ? <IconCheck size={14} /> : <IconX size={14} />}
        </ThemeIcon>
      }
    >
      <Text size="sm" fw={500}>
        <VisuallyHidden>{check.met ? 'Met: ' : 'Not met: '}</VisuallyHidden>
        {readinessItemLabels[check.item]}
      </Text>
      <Text size="xs" c="dimmed">
        {check.detail}
      </Text>
      {!check.met && check.action && (
        <Group gap="xs" wrap="nowrap" mt={4}>
          <Text size="xs" c="orange">
            Next: {check.action}
          </Text>
          <NextStepButton target={target} item={check.item} />
        </Group>
      )}
    </List.Item>
  );
}

function NoCandidates() {
  return (
    <EmptyState icon={<IconUserCheck size={24} />} title="No possible references yet">
      A reference is someone who has seen the student at work or in class: a supervisor, mentor, faculty member, coworker or someone on a hiring committee.
      Informational-interview contacts count too, as weak references. Adding a connection with one of these relationships starts their checklist here.
    </EmptyState>
  );
}

function NotEligibleNote({ count }: { count: number }) {
  return (
    <Text size="xs" c="dimmed">
      {count === 1 ? "1 other connection can't be a reference" : `${count} other connections can't be references`} (met at an event, personal, other, or
      declined).
    </Text>
  );
}
