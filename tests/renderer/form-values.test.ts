import { describe, expect, it } from 'vitest';
import type { Connection } from '@shared/api/connections';
import { startValues } from '@renderer/components/startValues';
import { connectionFormValues, formToConnectionInput, validateConnectionForm } from '@renderer/features/connections/connectionFormValues';

describe('startValues', () => {
  const blank = { name: '', employerId: null as number | null, capacity: 0 as number | string };

  it('is the blank form when nothing is being edited', () => {
    expect(startValues(blank)).toEqual(blank);
  });

  it('takes what the record holds and keeps the blank where it holds null', () => {
    expect(startValues(blank, { name: 'Acme', employerId: null, capacity: 3 })).toEqual({ name: 'Acme', employerId: null, capacity: 3 });
    expect(startValues(blank, { name: null })).toEqual(blank);
  });
});

describe('the connection form, from either side', () => {
  const fromContact = connectionFormValues(undefined, { studentId: null, contactId: 7 });

  it('starts with the side it was opened from and asks for the other', () => {
    expect(fromContact).toMatchObject({ studentId: null, contactId: 7, relationship: null, referenceStatus: 'not_asked', context: '' });
    expect(validateConnectionForm(fromContact)).toMatchObject({ studentId: 'Choose the student.', relationship: 'Choose how they know each other.' });
    expect(formToConnectionInput(fromContact)).toBeNull();
  });

  it('sends both ends, and no status date before a reference is asked for', () => {
    const values = { ...fromContact, studentId: 3, relationship: 'mentor' as const, referenceStatusOn: '2020-01-01', sinceOn: '2020-02-03' };
    expect(validateConnectionForm(values)).toEqual({});
    expect(formToConnectionInput(values)).toMatchObject({ studentId: 3, contactId: 7, relationship: 'mentor', sinceOn: '2020-02-03', referenceStatusOn: null });
  });

  it('refuses dates in the future', () => {
    const values = { ...fromContact, studentId: 3, relationship: 'mentor' as const, resumeSharedOn: '2999-01-01' };
    expect(validateConnectionForm(values)).toEqual({ resumeSharedOn: 'This cannot be in the future' });
  });

  it('edits a connection with its own values, text boxes empty where it holds null', () => {
    const connection: Connection = {
      id: 1,
      version: 1,
      studentId: 3,
      studentName: 'Ada Lovelace',
      contactId: 7,
      contactName: 'Grace Hopper',
      contactTitle: null,
      employerName: null,
      relationship: 'supervisor',
      context: null,
      sinceOn: '2021-05-01',
      placementId: null,
      referenceStatus: 'not_asked',
      referenceStatusOn: null,
      resumeSharedOn: null,
      interactionCount: 0,
      lastTouchOn: null,
      daysSinceTouch: 0,
      idealDays: 90,
      maxDays: 180,
      cadence: 'fresh',
    };
    expect(connectionFormValues(connection, { studentId: 3, contactId: null })).toMatchObject({
      studentId: 3,
      contactId: 7,
      relationship: 'supervisor',
      context: '',
      sinceOn: '2021-05-01',
    });
  });
});

describe('the connection form, adding a new contact on the spot', () => {
  const fromStudent = { ...connectionFormValues(undefined, { studentId: 3, contactId: null }), relationship: 'mentor' as const };

  it('asks for a contact, or the new one’s name, on the field it belongs to', () => {
    expect(validateConnectionForm(fromStudent)).toEqual({ contactId: 'Choose a contact, or switch to "New contact"' });
    const typed = { ...fromStudent, who: 'new' as const };
    expect(validateConnectionForm(typed)).toEqual({ 'newContact.firstName': 'This is required', 'newContact.lastName': 'This is required' });
  });

  it('sends the new contact’s name instead of a contact id', () => {
    const values = { ...fromStudent, who: 'new' as const, newContact: { firstName: 'Yara', lastName: 'Haddad', title: '' } };
    expect(validateConnectionForm(values)).toEqual({});
    const input = formToConnectionInput(values);
    expect(input).toMatchObject({ studentId: 3, newContact: { firstName: 'Yara', lastName: 'Haddad' }, relationship: 'mentor' });
    expect(input).not.toHaveProperty('contactId');
  });
});
