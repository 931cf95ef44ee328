import { SegmentedControl, SimpleGrid, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { ContactPicker } from './ContactPicker';
import type { PickerProps } from './SearchSelect';

/** Someone already in the directory, or someone new typed in on the spot (the write creates the contact). */
export type ContactWho = 'existing' | 'new';
export interface NewContactFields {
  firstName: string;
  lastName: string;
  title: string;
}
export const blankNewContact: NewContactFields = { firstName: '', lastName: '', title: '' };

type TextField = Pick<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'onFocus' | 'error'>;

/**
 * Who the student met or knows, at the point of meeting: pick a contact, or switch to "New contact" and type the
 * name. One control for "Log meeting" and "Add connection"; the form owns the values (see contactChoiceInput).
 */
export function ContactChoice({
  who,
  onWhoChange,
  picker,
  newContact,
}: {
  who: ContactWho;
  onWhoChange: (who: ContactWho) => void;
  picker: Pick<PickerProps, 'value' | 'onChange' | 'error'>;
  newContact: Record<keyof NewContactFields, TextField>;
}) {
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Contact"
        value={who}
        onChange={(v) => onWhoChange(v === 'new' ? 'new' : 'existing')}
        data={[
          { value: 'existing', label: 'Existing contact' },
          { value: 'new', label: 'New contact' },
        ]}
      />
      {who === 'existing' ? (
        <ContactPicker label="Contact" required autoFocus {...picker} nothingFound={'No contact matches: switch to "New contact"'} />
      ) : (
        <SimpleGrid cols={2}>
          <TextInput label="First name" withAsterisk data-autofocus {...newContact.firstName} />
          <TextInput label="Last name" withAsterisk {...newContact.lastName} />
          <TextInput label="Title" placeholder="Recruiter" {...newContact.title} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** The contract's way of naming the contact (`contactId`, or `newContact` to create), or null while nothing is chosen. */
export function contactChoiceInput(
  who: ContactWho,
  contactId: number | null,
  fields: NewContactFields,
): { contactId: number } | { newContact: NewContactFields } | null {
  if (who === 'new') return { newContact: fields };
  return contactId === null ? null : { contactId };
}

/** What is missing before the write, keyed by the field it belongs to (the server's own keys). */
export function contactChoiceErrors(who: ContactWho, contactId: number | null, fields: NewContactFields): Record<string, string> {
  if (who === 'existing') return contactId === null ? { contactId: 'Choose a contact, or switch to "New contact"' } : {};
  const errors: Record<string, string> = {};
  if (fields.firstName.trim() === '') errors['newContact.firstName'] = 'This is required';
  if (fields.lastName.trim() === '') errors['newContact.lastName'] = 'This is required';
  return errors;
}

/** The contact as the confirmation names them: the chosen option's label, or the typed name. */
export function chosenContactName(who: ContactWho, chosen: { label: string } | null, fields: NewContactFields): string {
  return who === 'new' ? `${fields.firstName.trim()} ${fields.lastName.trim()}` : (chosen?.label ?? '');
}
