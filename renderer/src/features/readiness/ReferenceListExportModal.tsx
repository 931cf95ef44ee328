import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Modal, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReferenceCandidate } from '@shared/api/readiness';
import { relationshipKindLabels } from '@shared/domain';
import { useApiMutation } from '@renderer/api/hooks';
import { downloadFile } from '@renderer/components/download';
import { plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

// The career-center format: 3–5 references; the contract refuses more than 5.
const maxReferences = 5;

type Format = 'pdf' | 'docx';

interface Props {
  opened: boolean;
  onClose: () => void;
  studentId: number;
  studentName: string;
  candidates: readonly ReferenceCandidate[];
}

export function ReferenceListExportModal({ opened, onClose, studentId, studentName, candidates }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Export reference list for ${studentName}`} size="lg">
      {/* Mounted only while open, so every opening starts again from the agreed references. */}
      {opened && <ExportForm studentId={studentId} candidates={candidates} onDone={onClose} />}
    </Modal>
  );
}

function agreed(candidate: ReferenceCandidate): boolean {
  return candidate.referenceStatus === 'agreed';
}

function ExportForm({ studentId, candidates, onDone }: { studentId: number; candidates: readonly ReferenceCandidate[]; onDone: () => void }) {
  const [order, setOrder] = useState<ReferenceCandidate[]>(() => [...candidates]);
  // The server's default pick: agreed references, most relevant first.
  const [checked, setChecked] = useState<ReadonlySet<number>>(
    () =>
      new Set(
        candidates
          .filter(agreed)
          .slice(0, maxReferences)
          .map((c) => c.connectionId),
      ),
  );
  const [format, setFormat] = useState<Format>('pdf');
  const exportList = useApiMutation('exports.referenceList');

  const picked = order.filter((c) => checked.has(c.connectionId));
  const notAgreed = picked.filter((c) => !agreed(c));
  const full = picked.length >= maxReferences;

  const toggle = (connectionId: number, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(connectionId);
    else next.delete(connectionId);
    setChecked(next);
  };

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const moving = order[index];
    const other = order[target];
    if (!moving || !other) return;
    const next = [...order];
    next[index] = other;
    next[target] = moving;
    setOrder(next);
  };

  // A promise rather than mutate callbacks: closing the modal mid-export still saves the file.
  // A failure stays in the mutation's error and shows below while the modal is open.
  const submit = () =>
    exportList.mutateAsync({ studentId, format, connectionIds: picked.map((c) => c.connectionId) }).then(
      (file) => {
        downloadFile(file);
        notify.saved(file, `${plural(file.rows, 'reference')} on the list.`);
        onDone();
      },
      () => undefined,
    );

  if (candidates.length === 0) {
    return (
      <Stack>
        <Text size="sm">
          There is no one to put on the list yet. Add the student's supervisors, mentors, faculty or coworkers as connections, and ask them to be references.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Pick up to {maxReferences} references and put the most relevant first: the list prints in this order.
      </Text>
      <Stack gap="xs" role="group" aria-label="References on the list">
        {order.map((candidate, index) => (
          <CandidateRow
            key={candidate.connectionId}
            candidate={candidate}
            checked={checked.has(candidate.connectionId)}
            // Unchecking is always allowed; checking stops at the limit.
            disabled={full && !checked.has(candidate.connectionId)}
            first={index === 0}
            last={index === order.length - 1}
            onToggle={(on) => toggle(candidate.connectionId, on)}
            onMove={(by) => move(index, by)}
          />
        ))}
      </Stack>
      {full && candidates.length > maxReferences && (
        <Text size="xs" c="dimmed">
          A reference list has at most {maxReferences} references: uncheck one to add another.
        </Text>
      )}
      {notAgreed.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Not agreed yet">
          <Stack gap={4}>
            {notAgreed.map((c) => (
              <Text key={c.connectionId} size="sm">
                {c.contactName} has not agreed to be a reference yet. The list does not say so: ask them before you send it.
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Radio.Group<Format> label="Format" value={format} onChange={setFormat}>
        <Group mt={6}>
          <Radio value="pdf" label="PDF" description="Print-ready" />
          <Radio value="docx" label="Word (DOCX)" description="Editable" />
        </Group>
      </Radio.Group>
      {exportList.error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Not exported" role="alert">
          {exportList.error.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c={picked.length === 0 ? 'red' : 'dimmed'}>
          {picked.length === 0 ? 'Pick at least one reference.' : `${plural(picked.length, 'reference')} on the list`}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button leftSection={<IconDownload size={16} />} loading={exportList.isPending} disabled={picked.length === 0} onClick={() => void submit()}>
            Export
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

interface RowProps {
  candidate: ReferenceCandidate;
  checked: boolean;
  disabled: boolean;
  first: boolean;
  last: boolean;
  onToggle: (on: boolean) => void;
  onMove: (by: -1 | 1) => void;
}

function CandidateRow({ candidate, checked, disabled, first, last, onToggle, onMove }: RowProps) {
  const name = candidate.contactName;
  const description = [relationshipKindLabels[candidate.relationship], candidate.contactTitle, candidate.employerName].filter(Boolean).join(' · ');
  return (
    <Paper withBorder radius="sm" px="sm" py={6}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Checkbox checked={checked} disabled={disabled} onChange={(event) => onToggle(event.currentTarget.checked)} label={name} description={description} />
          {!agreed(candidate) && (
            <Badge color="orange" variant="light" size="sm" style={{ flexShrink: 0 }}>
              Not agreed yet
            </Badge>
          )}
        </Group>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={`Move ${name} up`} disabled={first} onClick={() => onMove(-1)}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={`Move ${name} down`} disabled={last} onClick={() => onMove(1)}>
            <IconArrowDown size={16} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
