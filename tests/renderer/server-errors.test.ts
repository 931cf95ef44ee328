import { describe, expect, it } from 'vitest';
import { studentInput } from '@shared/api/students';
import { fieldErrors, placeServerError, sentence } from '@renderer/components/serverErrors';

describe('sentence: one wording for a contract rule, in the form or from the server', () => {
  it('gives a bare rule a subject, a capital and a full stop', () => {
    expect(sentence('is required')).toBe('This is required.');
    expect(sentence('must be on or after the start date', 'End date')).toBe('End date must be on or after the start date.');
  });

  it('leaves a message that is already a sentence as it is, apart from the capital and the stop', () => {
    expect(sentence('at least one weight must be above 0')).toBe('At least one weight must be above 0.');
    expect(sentence('Already connected as mentor!')).toBe('Already connected as mentor!');
  });
});

describe('fieldErrors: zod issues as one message per field', () => {
  const labels = { firstName: 'First name', lastName: 'Last name' };

  it('words the real contract issues per field, first issue wins', () => {
    const result = studentInput.safeParse({ firstName: '', lastName: '', schoolEmail: 'nope' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors(result.error.issues);
    expect(errors.firstName).toBe('This is required.');
    expect(Object.keys(errors)).toEqual([...new Set(result.error.issues.map((i) => String(i.path[0])))]);
  });

  it('with labels, names the field and leaves out fields the form does not show', () => {
    const issues = [
      { path: ['firstName'], message: 'is required' },
      { path: ['firstName'], message: 'must be at most 80 characters' },
      { path: ['studentId'], message: 'must be at least 1' },
    ];
    expect(fieldErrors(issues, labels)).toEqual({ firstName: 'First name is required.' });
  });
});

describe('placeServerError: a refused save goes on its field, else above the buttons', () => {
  const labels = { startOn: 'Start date', endOn: 'End date' };

  it('puts an error that names a form field on that field, in the rule’s short words', () => {
    const error = {
      message: 'Invalid input for placements.create',
      field: 'endOn',
      details: { field: 'endOn', issues: [{ field: 'endOn', message: 'must be on or after the start date' }] },
    };
    expect(placeServerError(error, labels)).toEqual({
      field: 'endOn',
      message: 'End date must be on or after the start date.',
    });
  });

  it('uses the error’s own message when the details carry no issue for the field', () => {
    expect(placeServerError({ message: 'is already taken', field: 'startOn' }, labels)).toEqual({
      field: 'startOn',
      message: 'Start date is already taken.',
    });
  });

  it('keeps an error about the whole record, or a field the form lacks, for the form', () => {
    expect(placeServerError({ message: 'Already connected in this relationship' }, labels)).toEqual({
      field: null,
      message: 'Already connected in this relationship',
    });
    expect(placeServerError({ message: 'No such student', field: 'studentId' }, labels)).toEqual({
      field: null,
      message: 'No such student',
    });
  });
});
