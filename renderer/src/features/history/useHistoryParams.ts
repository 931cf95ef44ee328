import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';
import type { ProcedureInput } from '@shared/api/contract';
import { auditActions, type AuditAction } from '@shared/domain';
import { isIsoDate } from '@renderer/components/dates';

export const historyPageSize = 50;
/** This is the export history first: other actions are one choice away. */
export const defaultAction: AuditAction = 'export';
export type ActionChoice = AuditAction | 'all';

const filterKeys = ['action', 'entity', 'who', 'q', 'from', 'to'] as const;

/** Text within the contract's limit, or nothing: a hand-edited address should not turn into an error screen. */
function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

function date(value: string | null): string | undefined {
  return value && isIsoDate(value) ? value : undefined;
}

/** The history's filters and page live in the address, so Back and reload keep them. */
export function useHistoryParams() {
  const { params, update } = useUrlParams();
  const actionParam = params.get('action');
  const action: ActionChoice = actionParam === 'all' ? 'all' : (auditActions.find((a) => a === actionParam) ?? defaultAction);
  const fromOn = date(params.get('from'));
  const toOn = date(params.get('to'));
  const input: ProcedureInput<'audit.list'> = {
    action: action === 'all' ? undefined : action,
    entity: text(params.get('entity'), 60),
    actor: text(params.get('who'), 400),
    search: text(params.get('q'), 200),
    fromOn,
    toOn,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: historyPageSize,
  };

  return {
    input,
    action,
    /** Anything narrower than the default view (exports, any time, anyone). */
    filtered:
      action !== defaultAction ||
      input.entity !== undefined ||
      input.actor !== undefined ||
      input.search !== undefined ||
      fromOn !== undefined ||
      toOn !== undefined,
    /** From after To matches nothing; worth saying rather than showing an empty table. */
    rangeReversed: fromOn !== undefined && toOn !== undefined && fromOn > toOn,
    searchParam: params.get('q') ?? '',
    fromParam: params.get('from') ?? '',
    toParam: params.get('to') ?? '',
    setAction: (value: ActionChoice) => update({ action: value === defaultAction ? null : value }),
    setEntity: (entity: string | null) => update({ entity }),
    setActor: (who: string | null) => update({ who }),
    setSearch: (q: string) => update({ q }),
    setFrom: (from: string) => update({ from }),
    setTo: (to: string) => update({ to }),
    setPage: (page: number) => update({ page: String(page) }, false),
    clearFilters: () => update(Object.fromEntries(filterKeys.map((key) => [key, null]))),
  };
}
