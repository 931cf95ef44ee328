import { ActionIcon, Badge, Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDots, IconKey, IconPencil, IconShieldOff, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { User } from '@shared/api/users';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatRelative } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { useSession } from '@renderer/app/session';
import { SettingsCard } from '../settings/SettingsCard';
import { ResetPasswordModal } from './ResetPasswordModal';
import { roleLabels } from './roles';
import { UserFormModal } from './UserFormModal';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** Settings → Users (office server, admins): who may sign in, as what, and whose caseload is theirs. */
export function UsersCard() {
  const users = useApiQuery('users.list', {});
  // Outside the card's keyed form, so a save's refresh does not close the dialog under the admin's hands.
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <SettingsCard
        title="Users"
        description="Who may sign in to this office server, with which role, and which advisor's students are their caseload."
        query={users}
        skeleton={120}
      >
        {(list) => (
          <>
            <UsersTable users={list} onEdit={(user) => setDialog({ kind: 'edit', user })} onReset={(user) => setDialog({ kind: 'reset', user })} />
            <Group justify="flex-end" mt="sm">
              <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
                Add user
              </Button>
            </Group>
          </>
        )}
      </SettingsCard>
      <UserFormModal opened={dialog?.kind === 'add' || dialog?.kind === 'edit'} onClose={close} user={dialog?.kind === 'edit' ? dialog.user : undefined} />
      <ResetPasswordModal user={dialog?.kind === 'reset' ? dialog.user : null} onClose={close} />
    </>
  );
}

/** Asks before a change that locks someone out or weakens their sign-in (the confirm button is red). */
function confirmAccountChange({ title, text, confirm, onConfirm }: { title: string; text: string; confirm: string; onConfirm: () => void }) {
  modals.openConfirmModal({ title, children: <Text size="sm">{text}</Text>, labels: { confirm, cancel: 'Cancel' }, confirmProps: { color: 'red' }, onConfirm });
}

function UsersTable({ users, onEdit, onReset }: { users: User[]; onEdit: (user: User) => void; onReset: (user: User) => void }) {
  const { caller } = useSession();
  const disable = useApiMutation('users.disable');
  const enable = useApiMutation('users.enable');
  const resetTwoStep = useApiMutation('auth.resetTwoStep');

  const confirmDisable = (user: User) =>
    confirmAccountChange({
      title: `Disable ${user.name}?`,
      text: `${user.name} is signed out at once and cannot sign in until an admin enables the account again. What they did stays in the history.`,
      confirm: 'Disable account',
      onConfirm: () =>
        disable.mutate(
          { userId: user.id },
          { onSuccess: (saved) => notify.done(`${saved.name} can no longer sign in.`), onError: notify.failure('Not disabled') },
        ),
    });
  const confirmResetTwoStep = (user: User) =>
    confirmAccountChange({
      title: `Reset ${user.name}’s two-step sign-in?`,
      text: `${user.name} signs in with the password alone until they set up two-step sign-in again. Do this only when you are sure who is asking (a lost or replaced phone): their authenticator app and recovery codes stop working.`,
      confirm: 'Reset two-step sign-in',
      onConfirm: () =>
        resetTwoStep.mutate(
          { userId: user.id },
          { onSuccess: () => notify.done(`${user.name}’s two-step sign-in was reset.`), onError: notify.failure('Not reset') },
        ),
    });
  const enableUser = (user: User) =>
    enable.mutate({ userId: user.id }, { onSuccess: (saved) => notify.done(`${saved.name} can sign in again.`), onError: notify.failure('Not enabled') });

  if (users.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No accounts yet. Add the people who work in the office; each signs in with their own email and password.
      </Text>
    );
  }
  return (
    <DataTable<User>
      aria-label="Users"
      withTableBorder
      striped
      verticalSpacing="xs"
      records={users}
      columns={[
        {
          accessor: 'name',
          title: 'Name',
          render: (user) => (
            <>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500}>
                  {user.name}
                </Text>
                {user.disabled && (
                  <Badge size="sm" color="gray" variant="outline">
                    Disabled
                  </Badge>
                )}
                {user.twoStep && (
                  <Badge size="sm" color="teal" variant="light">
                    Two-step
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {user.email}
              </Text>
            </>
          ),
        },
        { accessor: 'role', title: 'Role', render: (user) => roleLabels[user.role] },
        {
          accessor: 'advisorName',
          title: 'Linked advisor',
          render: (user) =>
            user.advisorName ?? (
              <Text span size="sm" c="dimmed">
                Not linked
              </Text>
            ),
        },
        { accessor: 'lastSeenAt', title: 'Last signed in', render: (user) => (user.lastSeenAt ? formatRelative(user.lastSeenAt) : 'Never') },
        {
          accessor: 'actions',
          title: <VisuallyHidden>Actions</VisuallyHidden>,
          width: 56,
          render: (user) => (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(user)}>
                  Change role or advisor…
                </Menu.Item>
                <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onReset(user)}>
                  Reset password…
                </Menu.Item>
                {user.twoStep && (
                  <Menu.Item leftSection={<IconShieldOff size={16} />} onClick={() => confirmResetTwoStep(user)}>
                    Reset two-step sign-in…
                  </Menu.Item>
                )}
                {user.disabled ? (
                  <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => enableUser(user)}>
                    Enable account
                  </Menu.Item>
                ) : (
                  // Disabling your own account would lock you out mid-session.
                  user.id !== caller?.userId && (
                    <Menu.Item color="red" leftSection={<IconUserOff size={16} />} onClick={() => confirmDisable(user)}>
                      Disable account…
                    </Menu.Item>
                  )
                )}
              </Menu.Dropdown>
            </Menu>
          ),
        },
      ]}
    />
  );
}
