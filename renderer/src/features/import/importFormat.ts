import { importFields, type ImportKind, type ImportReport } from '@shared/api/imports';

export type PreviewAction = ImportReport['preview'][number]['action'];

export const actionLabels: Record<PreviewAction, string> = {
  create: 'New',
  update: 'Update',
  unchanged: 'Unchanged',
  reject: 'Rejected',
};
export const actionColors: Record<PreviewAction, string> = {
  create: 'teal',
  update: 'blue',
  unchanged: 'gray',
  reject: 'red',
};

/** The Select value for "Ignore this column": Select values must be strings, and no field is named this. */
export const ignoreValue = '__ignore__';

function fieldLabels(kind: ImportKind): Record<string, string> {
  return importFields[kind];
}

/** The target fields of a kind in contract order, as Select options. */
export function fieldOptions(kind: ImportKind): { value: string; label: string }[] {
  return Object.entries(fieldLabels(kind)).map(([value, label]) => ({ value, label }));
}

/** The label the mapping shows; a field the contract does not name is shown as the core sent it. */
export function fieldLabel(kind: ImportKind, field: string): string {
  const labels = fieldLabels(kind);
  return Object.hasOwn(labels, field) ? (labels[field] ?? field) : field;
}

/** The fields the preview rows fill, in the order the mapping lists them. */
export function previewFields(report: ImportReport): string[] {
  const fields = new Set<string>();
  for (const m of report.mapping) if (m.field !== null) fields.add(m.field);
  for (const row of report.preview) for (const field of Object.keys(row.values)) fields.add(field);
  return [...fields];
}

/** "1.4 MB", "850 KB", "312 bytes": enough precision to recognise the file. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What the core says about a column with no name, so the row and its Select still have one. */
export function columnName(column: string): string {
  return column === '' ? '(no name)' : column;
}
