// Message drafts from templates with merge fields such as {{student.firstName}}.
// Pure: the wrap-up panel fills drafts in the renderer; tests check every field.

export const mergeFields = [
  'student.firstName',
  'student.fullName',
  'student.personalEmail',
  'student.phone',
  'contact.firstName',
  'contact.fullName',
  'organisation',
  'role',
  'startDate',
  'endDate',
] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Record<MergeField, string | null>;

export const mergeFieldLabels: Record<MergeField, string> = {
  'student.firstName': "student's first name",
  'student.fullName': "student's name",
  'student.personalEmail': "student's personal email",
  'student.phone': "student's phone",
  'contact.firstName': "contact's first name",
  'contact.fullName': "contact's name",
  organisation: 'organisation',
  role: 'role',
  startDate: 'start date',
  endDate: 'end date',
};

export interface FilledTemplate {
  text: string;
  /** Fields the template uses that have no value: shown as [missing …] in the text and listed here. */
  missing: MergeField[];
  /** {{…}} placeholders that are not merge fields at all (typos in an edited template). */
  unknown: string[];
}

function isMergeField(name: string): name is MergeField {
  return (mergeFields as readonly string[]).includes(name);
}

export function fillTemplate(template: string, values: MergeValues): FilledTemplate {
  const missing = new Set<MergeField>();
  const unknown = new Set<string>();
  const text = template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    if (!isMergeField(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === null || value.trim() === '') {
      missing.add(name);
      return `[missing ${mergeFieldLabels[name]}]`;
    }
    return value;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}

export const defaultMessageTemplates = {
  thank_you_note: `Dear {{contact.firstName}},

Thank you for everything you did for me during my {{role}} placement at {{organisation}} ({{startDate}} – {{endDate}}). I learned a great deal from you and I am grateful for your time and advice.

With thanks,
{{student.fullName}}`,
  thank_you_email: `Dear {{contact.firstName}},

Now that my time as {{role}} at {{organisation}} has ended, I wanted to thank you for your support and guidance. It meant a lot to me.

I would love to stay in touch. My school email will stop working after I graduate, so here are my personal details:
Email: {{student.personalEmail}}
Phone: {{student.phone}}

Best wishes,
{{student.fullName}}`,
  linkedin_connection: `Hi {{contact.firstName}}, thank you again for your help during my {{role}} placement at {{organisation}}. I'd like to stay connected here. — {{student.firstName}}`,
  milestone_update: `Dear {{contact.firstName}},

I wanted to share some news since my time at {{organisation}}: [your milestone]. Your advice during my {{role}} placement helped me get here — thank you for thinking of me.

Best,
{{student.fullName}}`,
};

/** {{…}} placeholders in a template that are not merge fields (for checking an edited template). */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => !isMergeField(name)))];
}
