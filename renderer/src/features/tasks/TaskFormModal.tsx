import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { taskSchema, type Task } from '@shared/api/tasks';
import { useApiQuery } from '@renderer/api/hooks';
import { ContactPicker } from '@renderer/components/ContactPicker';
import { isIsoDate, todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';
import { StudentPicker } from '@renderer/components/StudentPicker';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  title: string;
  dueOn: string;
  studentId: number | null;
  contactId: number | null;
  /** null: the advisor making it (the signed-in user's advisor, or "I am"). */
  advisorId: number | null;
}

const fieldLabels = { title: 'Task', dueOn: 'Due', studentId: 'Student', contactId: 'Contact', advisorId: 'Whose task' };

/** Where the task is made from: the record it is about is fixed there, the other one can be added. */
export interface TaskSubject {
  studentId?: number;
  contactId?: number;
}

function toValues(task: Task | undefined, subject: TaskSubject): Values {
  return {
    title: task?.title ?? '',
    dueOn: task?.dueOn ?? todayIso(),
    studentId: task ? task.studentId : (subject.studentId ?? null),
    contactId: task ? task.contactId : (subject.contactId ?? null),
    advisorId: task?.advisorId ?? null,
  };
}

/** Makes a task about a student or a contact ("check back with Yara on 15 Jan"), or edits one (`task`). */
export function TaskFormModal({ opened, onClose, subject, task }: { opened: boolean; onClose: () => void; subject: TaskSubject; task?: Task }) {
  return (
    <FormModal opened={opened} onClose={onClose} title={task ? 'Edit task' : 'New task'} size="lg">
      {opened && <TaskForm subject={subject} task={task} onDone={onClose} />}
    </FormModal>
  );
}

function TaskForm({ subject, task, onDone }: { subject: TaskSubject; task: Task | undefined; onDone: () => void }) {
  const advisors = useApiQuery('advisors.list', {});
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: toValues(task, subject),
    validate: {
      title: (v) => (v.trim() === '' ? 'Say what to do' : null),
      dueOn: (v) => (isIsoDate(v) ? null : 'Choose the day it is due'),
      studentId: (v, values) => (v === null && values.contactId === null ? 'Choose a student or a contact (or both)' : null),
    },
    labels: fieldLabels,
    editing: editingRecord(task, taskSchema, (saved) => toValues(saved, subject)),
    save: (values, run, version) => (task ? run('tasks.update', { id: task.id, version, ...values }) : run('tasks.create', values)),
    savedMessage: (saved) => `Saved the task “${saved.title}”.`,
    onSaved: onDone,
  });
  const advisorOptions = (advisors.data ?? []).filter((a) => a.active || a.id === form.values.advisorId).map((a) => ({ value: a.id, label: a.name }));
  const studentOption = task && task.studentId !== null && task.studentName ? { value: task.studentId, label: task.studentName } : null;
  const contactOption = task && task.contactId !== null && task.contactName ? { value: task.contactId, label: task.contactName } : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label="Task" withAsterisk placeholder="e.g. Check back with Yara about the internship" data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Due" type="date" withAsterisk {...form.getInputProps('dueOn')} />
          <Select<number>
            label="Whose task"
            description="It shows in their My day."
            placeholder="Mine"
            clearable
            data={advisorOptions}
            value={form.values.advisorId}
            onChange={(v) => form.setFieldValue('advisorId', v)}
            error={form.errors.advisorId}
          />
        </SimpleGrid>
        {subject.studentId === undefined && (
          <StudentPicker
            label="Student"
            clearable
            initialOption={studentOption}
            value={form.values.studentId}
            onChange={(v) => form.setFieldValue('studentId', v)}
            error={form.errors.studentId}
          />
        )}
        {subject.contactId === undefined && (
          <ContactPicker
            label="Contact"
            description="Who it is about, if anyone: the task shows on their page too."
            clearable
            initialOption={contactOption}
            value={form.values.contactId}
            onChange={(v) => form.setFieldValue('contactId', v)}
            error={form.errors.contactId}
          />
        )}
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel="Save task" conflict={conflict} />
      </Stack>
    </form>
  );
}
