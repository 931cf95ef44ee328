import { Skeleton } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import type { Task } from '@shared/api/tasks';
import type { ApiError } from '@renderer/api/client';
import { useApiQuery } from '@renderer/api/hooks';
import { AddButton } from '@renderer/components/AddButton';
import { todayIso } from '@renderer/components/dates';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { SectionCard } from '@renderer/components/SectionCard';
import { TaskFormModal, type TaskSubject } from './TaskFormModal';
import { TaskList } from './TaskList';

interface TasksQuery {
  data: Task[] | undefined;
  isError: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

/** A record's tasks (a student's or a contact's): open ones by due date, then done ones, with "New task". */
function RecordTasksCard({ tasks, subject }: { tasks: TasksQuery; subject: TaskSubject }) {
  const [adding, setAdding] = useState(false);
  let body;
  if (tasks.isError && tasks.error) body = <ErrorNotice error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (!tasks.data) body = <Skeleton h={60} />;
  else if (tasks.data.length === 0)
    body = (
      <EmptyState icon={<IconChecklist size={24} />} title="No tasks">
        A task is something to do by a day — “check back on 15 Jan”. It shows in its owner's My day.
      </EmptyState>
    );
  else body = <TaskList tasks={tasks.data} today={todayIso()} subject={subject} />;
  return (
    <SectionCard title="Tasks" actions={<AddButton procedure="tasks.create" label="New task" onClick={() => setAdding(true)} />}>
      {body}
      <TaskFormModal opened={adding} onClose={() => setAdding(false)} subject={subject} />
    </SectionCard>
  );
}

export function StudentTasksCard({ studentId }: { studentId: number }) {
  return <RecordTasksCard tasks={useApiQuery('tasks.forStudent', { studentId })} subject={{ studentId }} />;
}

export function ContactTasksCard({ contactId }: { contactId: number }) {
  return <RecordTasksCard tasks={useApiQuery('tasks.forContact', { contactId })} subject={{ contactId }} />;
}
