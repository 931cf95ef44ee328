import { Divider, Stack } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { Task } from '@shared/api/tasks';
import { TaskFormModal, type TaskSubject } from './TaskFormModal';
import { TaskRow } from './TaskRow';
import { useTaskActions } from './useTaskActions';

/** Tasks as rows, each done, edited or deleted in place; `subject` is the record the list is on (it is not named again). */
export function TaskList({ tasks, today, subject }: { tasks: readonly Task[]; today: string; subject: TaskSubject }) {
  const { toggle, confirmDelete } = useTaskActions();
  const [editing, setEditing] = useState<Task | null>(null);
  const about = { student: subject.studentId === undefined, contact: subject.contactId === undefined };
  return (
    <>
      <Stack gap={0}>
        {tasks.map((task, i) => (
          <Fragment key={task.id}>
            {i > 0 && <Divider />}
            <TaskRow
              task={task}
              today={today}
              about={about}
              onToggle={(done) => toggle(task, done)}
              onEdit={() => setEditing(task)}
              onDelete={() => confirmDelete(task)}
            />
          </Fragment>
        ))}
      </Stack>
      <TaskFormModal opened={editing !== null} onClose={() => setEditing(null)} subject={subject} task={editing ?? undefined} />
    </>
  );
}
