import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { Student } from '@shared/api/students';
import { ApiError } from '@renderer/api/client';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { emptyStudentForm, formToInput, studentToForm, validateStudentForm, type StudentFormValues } from './studentFormValues';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this student; without it the form creates a new one. */
  student?: Student;
}


export function StudentFormModal({ opened, onClose, student }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={student ? `Edit ${student.displayName}` : 'New student'} size="lg">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <StudentForm student={student} onDone={onClose} />}
    </Modal>
  );
}

function StudentForm({ student, onDone }: { student?: Student; onDone: () => void }) {
  const navigate = useNavigate();
  const settings = useApiQuery('settings.get', {});
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  const create = useApiMutation('students.create');
  const update = useApiMutation('students.update');
  const form = useForm<StudentFormValues>({
    mode: 'controlled',
    initialValues: student ? studentToForm(student) : emptyStudentForm(settings.data?.currentAdvisorId ?? null),
    validate: validateStudentForm,
  });
  const saving = create.isPending || update.isPending;

  const onError = (error: ApiError) => {
    if (error.field && error.field in form.values) form.setFieldError(error.field, error.message);
    else notifications.show({ color: 'red', title: 'Not saved', message: error.message });
  };

  const submit = form.onSubmit((values) => {
    const input = formToInput(values);
    if (student) {
      update.mutate(
        { id: student.id, ...input },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: `Saved ${saved.displayName}.` });
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Added ${saved.displayName}.` });
          onDone();
          void navigate(`/students/${saved.id}`);
        },
        onError,
      });
    }
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
          <NumberInput label="Class year" description="Expected graduation year" min={1950} max={2100} allowDecimal={false} {...form.getInputProps('classYear')} />
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
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Switch
          label="Confidential (FERPA hold): never included in exports"
          {...form.getInputProps('confidential', { type: 'checkbox' })}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {student ? 'Save changes' : 'Add student'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
