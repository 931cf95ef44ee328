import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Connection, Interaction } from '../../../shared/api/connections';
import { relationshipKindLabels } from '../../../shared/domain';
import { deleteRecorded, deleteWithAudit } from '../audit/record';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import {
  connectionOwner,
  connectionsOfStudent,
  deleteConnection,
  findConnection,
  findSameConnection,
  insertConnection,
  updateConnection,
  type ConnectionValues,
} from '../db/connections';
import { findContact } from '../db/contacts';
import { contactIdFor } from '../contacts/inline';
import { deleteInteraction, existingConnectionIds, findInteraction, interactionInserter, updateInteraction } from '../db/interactions';
import { findPlacement } from '../db/placements';
import { findStudent } from '../db/students';
import { officeToday } from '../db/office-day';
import { AppError, notFound } from '../errors';
import { getSettings, currentActor } from '../office/settings';
import { assertNotFuture, invalidReference } from '../validate';
import { saveEdit } from '../record-edit';

export function readConnection(db: Db, id: number): Connection {
  const connection = findConnection(db, id, officeToday(db));
  if (!connection) throw notFound('connection', id);
  return connection;
}

function assertWritable(db: Db, v: ConnectionValues, exceptId?: number): void {
  const student = findStudent(db, v.studentId);
  if (!student) throw invalidReference('studentId', 'student', v.studentId);
  const contact = findContact(db, v.contactId);
  if (!contact) throw invalidReference('contactId', 'contact', v.contactId);
  if (v.placementId !== null && findPlacement(db, v.placementId)?.studentId !== v.studentId) {
    throw new AppError('invalid_input', `Placement ${v.placementId} is not one of ${student.displayName}'s placements.`, { field: 'placementId' });
  }
  assertNotFuture(db, 'sinceOn', v.sinceOn, 'a connection starts on a day that has come');
  assertNotFuture(db, 'referenceStatusOn', v.referenceStatusOn, 'record the answer on the day it came');
  assertNotFuture(db, 'resumeSharedOn', v.resumeSharedOn, 'record it once the resume was sent');
  const same = findSameConnection(db, v.studentId, v.contactId, v.relationship, exceptId);
  if (same) {
    throw new AppError(
      'conflict',
      `${student.displayName} is already connected to ${contact.displayName} as ${relationshipKindLabels[v.relationship].toLowerCase()}.`,
      { field: 'relationship', connectionId: same.id },
    );
  }
}

export function connectionsForStudent(db: Db, input: ParsedInput<'connections.forStudent'>): Connection[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return connectionsOfStudent(db, input.studentId, officeToday(db));
}

/** Adds a connection, with its contact when the input brings a new one (one transaction: both or neither). */
export function connectionsCreate(db: Db, input: ParsedInput<'connections.create'>): Connection {
  const { contactId: _chosen, newContact: _new, ...fields } = input;
  return transaction(db, () => {
    const values = { ...fields, contactId: contactIdFor(db, input) };
    assertWritable(db, values);
    return readConnection(db, insertConnection(db, values));
  });
}

export function connectionsUpdate(db: Db, input: ParsedInput<'connections.update'>): Connection {
  const { id, version, ...values } = input;
  const current = () => readConnection(db, id);
  saveEdit(
    db,
    { table: 'connections', entity: 'connection', id, version, current, name: (c) => `The connection between ${c.studentName} and ${c.contactName}` },
    () => {
      const owner = connectionOwner(db, id);
      if (!owner) throw notFound('connection', id);
      assertWritable(db, { ...owner, ...values }, id);
      updateConnection(db, id, values);
    },
  );
  return readConnection(db, id);
}

export function connectionsDelete(db: Db, input: ParsedInput<'connections.delete'>): ProcedureOutput<'connections.delete'> {
  const connection = readConnection(db, input.id);
  const interactions = deleteWithAudit(
    db,
    'connection',
    input.id,
    () => deleteConnection(db, input.id),
    (removed) => ({
      student: connection.studentName,
      contact: connection.contactName,
      relationship: connection.relationship,
      interactions: removed,
    }),
  );
  return { deleted: true, interactions };
}

// ---- Interactions ----

type InteractionFields = Omit<ParsedInput<'interactions.create'>, 'connectionId'>;

function assertInteraction(db: Db, fields: InteractionFields): void {
  assertNotFuture(db, 'occurredOn', fields.occurredOn, 'log a touchpoint once it has happened');
}

function readInteraction(db: Db, id: number): Interaction {
  const interaction = findInteraction(db, id);
  if (!interaction) throw notFound('interaction', id);
  return interaction;
}

export function interactionsCreate(db: Db, input: ParsedInput<'interactions.create'>): Interaction {
  const owner = connectionOwner(db, input.connectionId);
  if (!owner) throw invalidReference('connectionId', 'connection', input.connectionId);
  assertInteraction(db, input);
  const id = interactionInserter(db)({ ...input, loggedByAdvisorId: getSettings(db).currentAdvisorId });
  return readInteraction(db, id);
}

/** The same touchpoint on several connections at once ("thank-you emails sent to these 4 today"): all or nothing. */
export function interactionsBulkCreate(db: Db, input: ParsedInput<'interactions.bulkCreate'>): ProcedureOutput<'interactions.bulkCreate'> {
  assertInteraction(db, input);
  const ids = [...new Set(input.connectionIds)];
  const existing = existingConnectionIds(db, ids);
  const missing = ids.filter((id) => !existing.has(id));
  if (missing.length > 0)
    throw new AppError('invalid_input', `There is no connection with id ${missing.join(', ')} (it may have just been deleted).`, { field: 'connectionIds' });
  const loggedByAdvisorId = getSettings(db).currentAdvisorId;
  transaction(db, () => {
    const insert = interactionInserter(db);
    for (const connectionId of ids) insert({ ...input, connectionId, loggedByAdvisorId });
    writeAudit(db, {
      actor: currentActor(db),
      action: 'bulk_change',
      entity: 'interaction',
      count: ids.length,
      details: { kind: input.kind, occurredOn: input.occurredOn },
    });
  });
  return { created: ids.length };
}

export function interactionsUpdate(db: Db, input: ParsedInput<'interactions.update'>): Interaction {
  const { id, version, ...fields } = input;
  saveEdit(db, { table: 'interactions', entity: 'interaction', id, version, current: () => readInteraction(db, id), name: () => 'This interaction' }, () => {
    assertInteraction(db, fields);
    updateInteraction(db, id, fields);
  });
  return readInteraction(db, id);
}

export function interactionsDelete(db: Db, input: ParsedInput<'interactions.delete'>): ProcedureOutput<'interactions.delete'> {
  const interaction = readInteraction(db, input.id);
  const details = { connectionId: interaction.connectionId, kind: interaction.kind, occurredOn: interaction.occurredOn };
  return deleteRecorded(db, 'interaction', input.id, () => deleteInteraction(db, input.id), details);
}
