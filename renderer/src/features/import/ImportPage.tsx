import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImportKind, ImportReport, ImportResult } from '@shared/api/imports';
import type { ProcedureInput } from '@shared/api/contract';
import { useApiMutation } from '@renderer/api/hooks';
import { formatCount, plural } from '@renderer/components/format';
import { CommitPanel } from './CommitPanel';
import { FileDropZone } from './FileDropZone';
import { CheckedAnnouncement, ImportCounts } from './ImportCounts';
import { ImportResultSummary } from './ImportResultSummary';
import { FileProblem, isFileRefusal, Working } from './ImportStatus';
import { ImportStep } from './ImportStep';
import { MappingTable, type MappingOverrides } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { ProblemsTable } from './ProblemsTable';
import { readImportFile, type ChosenFile } from './readImportFile';
import { WhatStep } from './WhatStep';

type PreviewInput = ProcedureInput<'imports.preview'>;

const delimiterNames: Record<string, string> = {
  ',': 'comma-separated',
  ';': 'semicolon-separated',
  tab: 'tab-separated',
};

/** The dry run to ask for, or null while something it needs (the file, the event) is missing. */
function previewInput(kind: ImportKind, eventId: number | null, file: ChosenFile | null, overrides: MappingOverrides): PreviewInput | null {
  if (file === null) return null;
  if (kind === 'attendees' && eventId === null) return null;
  return {
    kind,
    fileName: file.name,
    content: file.content,
    eventId: kind === 'attendees' && eventId !== null ? eventId : undefined,
    mapping: overrides.size > 0 ? Object.fromEntries(overrides) : undefined,
  };
}

function FileFacts({ report }: { report: ImportReport }) {
  return (
    <Text size="sm" c="dimmed">
      {report.encoding} · {delimiterNames[report.delimiter] ?? `separated by “${report.delimiter}”`} · {plural(report.headers.length, 'column')}
    </Text>
  );
}

function NotCommitted({ result }: { result: ImportResult }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Nothing was imported" role="alert">
      {plural(result.counts.rejected, 'row has', 'rows have')} problems, so no row was written. Fix them, or choose to skip the invalid rows.
    </Alert>
  );
}

/** Load rosters, employer contacts and event attendees from CSV: choose, map, check, then import in one go. */
export function ImportPage() {
  const [kind, setKind] = useState<ImportKind>('students');
  const [eventId, setEventId] = useState<number | null>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<MappingOverrides>(() => new Map());
  const [skipInvalid, setSkipInvalid] = useState(false);
  // The last report kept on screen while a new preview runs, so the mapping table does not vanish mid-edit.
  const [report, setReport] = useState<ImportReport | null>(null);
  const readToken = useRef(0);
  const chooseRef = useRef<HTMLButtonElement>(null);

  const preview = useApiMutation('imports.preview');
  const commit = useApiMutation('imports.commit');
  const result = commit.data?.committed ? commit.data : null;
  const locked = commit.isPending || result !== null;

  const request = useMemo(() => previewInput(kind, eventId, file, overrides), [kind, eventId, file, overrides]);
  const { mutate: runPreview, reset: resetPreview } = preview;
  // Every change to what is being imported re-checks the file; only the answer to the latest check is kept.
  useEffect(() => {
    if (request === null) resetPreview();
    else runPreview(request, { onSuccess: setReport });
  }, [request, runPreview, resetPreview]);

  const changeKind = (next: ImportKind) => {
    setKind(next);
    // Field names differ per kind, so earlier choices mean nothing for the new one.
    setOverrides(new Map());
    setReport(null);
    commit.reset();
  };
  const changeEvent = (next: number | null) => {
    setEventId(next);
    commit.reset();
  };
  const changeMapping = (column: string, field: string | null) => {
    setOverrides((current) => new Map(current).set(column, field));
    commit.reset();
  };
  const changeSkip = (skip: boolean) => {
    setSkipInvalid(skip);
    commit.reset();
  };
  const chooseFile = async (chosen: File) => {
    const token = ++readToken.current;
    setFile(null);
    setReport(null);
    setOverrides(new Map());
    setFileError(null);
    commit.reset();
    setReading(true);
    try {
      const read = await readImportFile(chosen);
      if (token === readToken.current) setFile(read);
    } catch (error) {
      if (token === readToken.current) setFileError(error instanceof Error ? error.message : 'The file could not be read.');
    } finally {
      if (token === readToken.current) setReading(false);
    }
  };
  const runCommit = () => {
    if (request === null) return;
    commit.mutate(
      { ...request, skipInvalid },
      {
        onSuccess: (answer) => {
          // Refused after all (the data changed since the preview): its report shows the rows at fault.
          if (!answer.committed) setReport(answer);
        },
      },
    );
  };
  const importAnother = () => {
    readToken.current += 1;
    setFile(null);
    setReport(null);
    setOverrides(new Map());
    setSkipInvalid(false);
    setFileError(null);
    commit.reset();
    // The button is enabled again only once this render lands.
    setTimeout(() => chooseRef.current?.focus(), 0);
  };

  const checking = preview.isPending;
  const waitingForEvent = kind === 'attendees' && eventId === null;
  const shown = preview.isError ? null : report;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          Import
        </Title>
        <Text c="dimmed" size="sm">
          Load rosters, employer contacts and event attendees from CSV. Nothing is written until you import; the same file imported twice changes nothing.
        </Text>
      </div>

      <ImportStep number={1} title="What">
        <WhatStep kind={kind} onKindChange={changeKind} eventId={eventId} onEventChange={changeEvent} disabled={locked} />
      </ImportStep>

      <ImportStep number={2} title="File" hint="Handshake exports and student-information-system files are recognised by their column names.">
        <FileDropZone file={file} onFile={(f) => void chooseFile(f)} disabled={locked || reading} chooseRef={chooseRef} />
        {reading && <Working>Reading the file…</Working>}
        {fileError && <FileProblem message={fileError} />}
        {file && waitingForEvent && (
          <Text size="sm" c="dimmed" role="status">
            Choose the event above to check this file.
          </Text>
        )}
        <CheckedAnnouncement counts={checking ? undefined : shown?.counts} />
        {checking && <Working>{report ? `Checking ${plural(report.counts.rows, 'row')}…` : 'Checking the file…'}</Working>}
        {preview.error && (
          <FileProblem
            message={preview.error.message}
            onRetry={isFileRefusal(preview.error) || request === null ? undefined : () => runPreview(request, { onSuccess: setReport })}
          />
        )}
      </ImportStep>

      {result ? (
        <>
          <ImportResultSummary result={result} eventId={result.kind === 'attendees' ? eventId : null} skipInvalid={skipInvalid} onAnother={importAnother} />
          {result.problemCount > 0 && (
            <ImportStep number={4} title="Problems" hint="Why rows were skipped: fix them in the downloaded file and import it again">
              <ProblemsTable report={result} />
            </ImportStep>
          )}
        </>
      ) : (
        report && (
          <>
            <ImportStep number={3} title="Column mapping" hint="Which field each column fills. Change any that are wrong; the preview updates.">
              <FileFacts report={report} />
              <MappingTable report={report} overrides={overrides} onChange={changeMapping} disabled={locked} />
            </ImportStep>
            {shown && (
              <ImportStep number={4} title="Preview and report">
                <Stack gap="lg" style={{ opacity: checking ? 0.6 : 1 }} aria-busy={checking}>
                  <ImportCounts counts={shown.counts} />
                  <Stack gap="xs">
                    <Title order={3} size="h4">
                      Preview
                    </Title>
                    <Text size="sm" c="dimmed">
                      {shown.preview.length === shown.counts.rows
                        ? 'Every row, as it will be stored'
                        : `The first ${plural(shown.preview.length, 'row')} of ${formatCount(shown.counts.rows)}, as they will be stored`}
                    </Text>
                    <PreviewTable report={shown} />
                  </Stack>
                  <Stack gap="xs">
                    <Title order={3} size="h4">
                      Problems
                    </Title>
                    <ProblemsTable report={shown} />
                  </Stack>
                </Stack>
              </ImportStep>
            )}
            {shown && (
              <ImportStep number={5} title="Import" hint="One transaction: every row is written or none, unless you choose to skip the invalid rows.">
                {commit.data && !commit.data.committed && <NotCommitted result={commit.data} />}
                {commit.error && (
                  <Alert color="red" icon={<IconAlertTriangle size={18} />} title="The import did not run" role="alert">
                    {commit.error.message} Nothing was written.
                  </Alert>
                )}
                <CommitPanel
                  counts={shown.counts}
                  skipInvalid={skipInvalid}
                  onSkipInvalidChange={changeSkip}
                  onCommit={runCommit}
                  checking={checking}
                  committing={commit.isPending}
                />
              </ImportStep>
            )}
          </>
        )
      )}
    </Stack>
  );
}
