import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { maxViewParamLength, maxViewParams, savedViewParamKeys, type SavedView, type ViewParams } from '../../../shared/api/views';
import type { SavedViewPage } from '../../../shared/domain';
import { deleteWithAudit } from '../audit/record';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { deleteView, findView, insertView, listViews, updateView, type StoredView } from '../db/views';
import { AppError, notFound } from '../errors';
import { currentActor } from '../office/settings';

/**
 * A stored view's parameters, read defensively: text that is not a JSON object of strings, keys the page no
 * longer has and over-long values are dropped, so a view saved by an older version never breaks the page
 * (the page then checks each value against the list's own contract).
 */
export function readViewParams(page: SavedViewPage, text: string): ViewParams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const known = savedViewParamKeys[page];
  const kept = Object.entries(parsed).filter(
    (entry): entry is [string, string] => known.includes(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= maxViewParamLength,
  );
  return Object.fromEntries(kept.slice(0, maxViewParams));
}

function toView(page: SavedViewPage, row: StoredView): SavedView {
  return { id: row.id, name: row.name, params: readViewParams(page, row.params) };
}

/** The same name to a person: case and accents as typed aside, "My seniors" and "my seniors" are one view. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export function viewsList(db: Db, input: ParsedInput<'views.list'>): ProcedureOutput<'views.list'> {
  return listViews(db, input.page).map((row) => toView(input.page, row));
}

/** Saves a view; a name already used on the page is a conflict unless the caller asked to replace that view. */
export function viewsSave(db: Db, input: ParsedInput<'views.save'>): ProcedureOutput<'views.save'> {
  const params = JSON.stringify(input.params);
  const id = transaction(db, () => {
    const existing = listViews(db, input.page).find((row) => sameName(row.name, input.name));
    if (existing && !input.replace) {
      throw new AppError('conflict', `A view named “${existing.name}” already exists. Choose another name, or replace it.`, {
        field: 'name',
        viewId: existing.id,
        name: existing.name,
      });
    }
    const details = { page: input.page, name: input.name, params: input.params };
    if (existing) {
      updateView(db, existing.id, { name: input.name, params });
      writeAudit(db, {
        actor: currentActor(db),
        action: 'update',
        entity: 'saved_view',
        entityId: existing.id,
        details,
      });
      return existing.id;
    }
    const created = insertView(db, { page: input.page, name: input.name, params });
    writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'saved_view', entityId: created, details });
    return created;
  });
  const saved = findView(db, id);
  if (!saved) throw notFound('view', id);
  return toView(input.page, saved);
}

/** Deletes a view; like every delete, it is recorded in the history with what it held. */
export function viewsDelete(db: Db, input: ParsedInput<'views.delete'>): ProcedureOutput<'views.delete'> {
  deleteWithAudit(
    db,
    'saved_view',
    input.id,
    () => {
      const view = findView(db, input.id);
      if (!view || !deleteView(db, input.id)) throw notFound('view', input.id);
      return view;
    },
    (view) => ({ name: view.name, params: view.params }),
  );
  return { id: input.id };
}
