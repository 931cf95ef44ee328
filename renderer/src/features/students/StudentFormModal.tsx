import { Autocomplete, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { studentSchema, type Student } from '@shared/api/students';
import { CountInput } from '@renderer/components/CountInput';
import { useApiQuery } from '@renderer/api/hooks';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { emptyStudentForm, formToInput, studentToForm, validateStudentForm, type StudentFormValues } from './studentFormValues';
import { FormActions } from '@renderer/components/FormActions';
import { NotesInput } from '@renderer/components/NotesInput';
import { studentPath } from './studentSections';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this student; without it the form creates a new one. */
  student?: Student;
}

export function StudentFormModal({ opened, onClose, student }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={student ? `Edit ${student.displayName}` : 'New student'} size="lg">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <StudentForm student={student} onDone={onClose} />}
    </FormModal>
  );
}

const labels: Record<keyof StudentFormValues, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  externalId: 'Student ID',
  schoolEmail: 'School email',
  personalEmail: 'Personal email',
  phone: 'Phone',
  program: 'Program',
  classYear: 'Class year',
  cohort: 'Cohort',
  labels: 'Labels',
  advisorId: 'Advisor',
  confidential: 'Confidential',
  notes: 'Notes',
};

function StudentForm({ student, onDone }: { student?: Student; onDone: () => void }) {
  const navigate = useNavigate();
  const settings = useApiQuery('settings.get', {});
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: student ? studentToForm(student) : emptyStudentForm(settings.data?.currentAdvisorId ?? null),
    editing: editingRecord(student, studentSchema, studentToForm),
    validate: validateStudentForm,
    labels,
    save: (values, run, version) =>
      student ? run('students.update', { id: student.id, version, ...formToInput(values) }) : run('students.create', formToInput(values)),
    savedMessage: (saved) => `${student ? 'Saved' : 'Added'} ${saved.displayName}.`,
    onSaved: (saved) => {
      onDone();
      if (!student) void navigate(studentPath(saved.id));
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="First name" withAsterisk data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label="Last name" withAsterisk {...form.getInputProps('lastName')} />
          <TextInput label="Preferred name" {...form.getInputProps('preferredName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Student ID" description="Student number or Handshake username" {...form.getInputProps('externalId')} />
          <TextInput label="School email" type="email" {...form.getInputProps('schoolEmail')} />
          <TextInput label="Personal email" type="email" {...form.getInputProps('personalEmail')} />
          <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
          <Autocomplete label="Program" data={facets.data?.programs ?? []} {...form.getInputProps('program')} />
          <CountInput label="Class year" description="Expected graduation year" min={1950} max={2100} {...form.getInputProps('classYear')} />
          <Autocomplete label="Cohort" data={facets.data?.cohorts ?? []} {...form.getInputProps('cohort')} />
          <Select
            label="Advisor"
            clearable
            searchable
            data={(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
            {...form.getInputProps('advisorId')}
          />
        </SimpleGrid>
        <TagsInput label="Labels" description="Press Enter after each label" {...form.getInputProps('labels')} />
        <NotesInput label="Notes" {...form.getInputProps('notes')} />
        <Switch label="Confidential (FERPA hold): never included in exports" {...form.getInputProps('confidential', { type: 'checkbox' })} />
        <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={student ? 'Save changes' : 'Add student'} />
      </Stack>
    </form>
  );
}
