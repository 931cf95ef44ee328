import { describe, expect, it } from 'vitest';
import { employerSchema, type Employer } from '@shared/api/employers';
import { changedFields, keptTheirs, reapplied, shownValue, staleSave } from '@renderer/components/staleSave';
import { editingRecord } from '@renderer/components/useEntityForm';
import { employerToForm } from '@renderer/features/employers/employerFormValues';

// Issue 15 item 6: what the conflict dialog shows when someone else saved the record first.

const saved: Employer = {
  id: 7,
  name: 'Acme Labs',
  industry: 'Technology',
  website: null,
  location: 'Boston',
  notes: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 3,
};
const labels = { name: 'Employer name', industry: 'Industry', location: 'Location', website: 'Website', notes: 'Notes' };

describe('staleSave: the refusal of a save made on an older version', () => {
  const refusal = {
    code: 'conflict',
    message: 'Acme Labs was changed by Grace Hopper <grace@example.edu> while you were editing; nothing was saved.',
    details: { reason: 'stale', entity: 'employer', id: 7, version: 4, updatedBy: 'Grace Hopper <grace@example.edu>', current: { ...saved, version: 4 } },
  };

  it('finds the current record and its version', () => {
    expect(staleSave(refusal)).toEqual({ message: refusal.message, version: 4, current: { ...saved, version: 4 } });
  });

  it('is not any other conflict (busy, a duplicate) nor another code', () => {
    expect(staleSave({ code: 'conflict', message: 'Rapport is busy', details: { reason: 'busy' } })).toBeNull();
    expect(staleSave({ code: 'conflict', message: 'Another student already has …', details: { field: 'externalId' } })).toBeNull();
    expect(staleSave({ ...refusal, code: 'invalid_input' })).toBeNull();
  });
});

describe('changedFields: what they changed, theirs beside yours', () => {
  const loaded = employerToForm(saved);
  const theirs = employerToForm({ ...saved, location: 'Remote', notes: 'Hiring in May', version: 4 });

  it('lists only the fields the other advisor changed, in the form order, with what this form would save there', () => {
    const yours = { ...loaded, location: 'Cambridge', industry: 'Biotech' };
    expect(changedFields(loaded, theirs, yours, labels)).toEqual([
      { field: 'location', label: 'Location', theirs: 'Remote', yours: 'Cambridge' },
      { field: 'notes', label: 'Notes', theirs: 'Hiring in May', yours: keptTheirs },
    ]);
  });

  it("re-applies only this advisor's own edits on top of theirs (a field only they changed stays theirs)", () => {
    const yours = { ...loaded, location: 'Cambridge', industry: 'Biotech' };
    expect(reapplied(loaded, theirs, yours)).toEqual({ ...theirs, location: 'Cambridge', industry: 'Biotech', notes: 'Hiring in May' });
    expect(reapplied(loaded, theirs, loaded)).toEqual(theirs);
  });

  it('is empty when they changed nothing this form shows', () => {
    expect(changedFields(loaded, loaded, { ...loaded, name: 'Acme' }, labels)).toEqual([]);
  });

  it('shows empty values, lists and switches in words', () => {
    expect([shownValue(''), shownValue(null), shownValue([]), shownValue(['STEM', 'Honors']), shownValue(true), shownValue(2027)]).toEqual([
      '(empty)',
      '(empty)',
      '(empty)',
      'STEM, Honors',
      'Yes',
      '2027',
    ]);
  });
});

describe('editingRecord: what a form editing a stored record sends and reads back', () => {
  it('carries the loaded version, and reads the current record of a refusal as form values', () => {
    const editing = editingRecord(saved, employerSchema, employerToForm);
    expect(editing?.version).toBe(3);
    expect(editing?.read({ ...saved, location: 'Remote', version: 4 })).toEqual(employerToForm({ ...saved, location: 'Remote', version: 4 }));
    expect(editing?.read({ something: 'else' })).toBeNull();
  });

  it('is absent for a form that creates a record', () => {
    expect(editingRecord(undefined, employerSchema, employerToForm)).toBeUndefined();
  });
});
