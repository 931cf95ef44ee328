import { describe, expect, it } from 'vitest';
import { defaultMessageTemplates, fillTemplate, mergeFields, unknownPlaceholders, type MergeValues } from '../../shared/templates';

const values: MergeValues = {
  'student.firstName': 'Ada',
  'student.fullName': 'Ada Lovelace',
  'student.personalEmail': 'ada@example.com',
  'student.phone': '(555) 010-2000',
  'contact.firstName': 'Dana',
  'contact.fullName': 'Dana Lee',
  organisation: 'Acme Labs',
  role: 'Software Engineering Intern',
  startDate: '2 Jun 2026',
  endDate: '21 Aug 2026',
};

describe('message templates', () => {
  it('fills every merge field', () => {
    const template = mergeFields.map((f) => `${f}={{${f}}}`).join('\n');
    const filled = fillTemplate(template, values);
    expect(filled.missing).toEqual([]);
    for (const field of mergeFields) expect(filled.text).toContain(`${field}=${values[field] ?? ''}`);
    expect(filled.text).not.toContain('{{');
  });

  it('flags missing values in the text and in the list', () => {
    const filled = fillTemplate(defaultMessageTemplates.thank_you_email, {
      ...values,
      'student.personalEmail': null,
      'student.phone': '  ',
    });
    expect(filled.missing).toEqual(['student.personalEmail', 'student.phone']);
    expect(filled.text).toContain("Email: [missing student's personal email]");
    expect(filled.text).toContain("Phone: [missing student's phone]");
  });

  it('reports placeholders that are not merge fields and leaves them visible', () => {
    const filled = fillTemplate('Hi {{contact.firstname}} from {{ organisation }}', values);
    expect(filled.unknown).toEqual(['contact.firstname']);
    expect(filled.text).toBe('Hi {{contact.firstname}} from Acme Labs');
    expect(unknownPlaceholders('{{role}} {{studnet.phone}} {{studnet.phone}}')).toEqual(['studnet.phone']);
  });

  it('default templates only use known fields', () => {
    for (const template of Object.values(defaultMessageTemplates)) expect(fillTemplate(template, values).unknown).toEqual([]);
  });
});
