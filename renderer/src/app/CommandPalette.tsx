import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { StudentStatusBadge } from '../components/StatusBadge';
import { useMayCall, useNavItems } from './session';

/** Ctrl/Cmd+K: find a student by name, email or ID as you type, or jump anywhere. */
export function CommandPalette() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const mayCall = useMayCall();
  const navItems = useNavItems();
  const results = useApiQuery('search.quick', { query: debounced, limit: 8 }, { enabled: debounced.length > 0 && mayCall('search.quick') });
  const students = debounced.length > 0 ? (results.data?.students ?? []) : [];
  const lower = query.trim().toLowerCase();
  const commands = [
    ...navItems.map((item) => ({
      id: `go:${item.path}`,
      label: `Go to ${item.label}`,
      description: item.description,
      icon: item.icon,
      run: () => navigate(item.path),
    })),
    ...(mayCall('students.create')
      ? [
          {
            id: 'new-student',
            label: 'New student',
            description: 'Add a student to the caseload',
            icon: IconUserPlus,
            run: () => navigate('/students', { state: { create: true } }),
          },
        ]
      : []),
  ].filter((c) => lower === '' || c.label.toLowerCase().includes(lower));

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={420}>
      <Spotlight.Search placeholder="Search students by name, email or ID…" leftSection={<IconSearch size={18} stroke={1.5} />} />
      <Spotlight.ActionsList>
        {students.length > 0 && (
          <Spotlight.ActionsGroup label="Students">
            {students.map((s) => (
              <Spotlight.Action key={`student:${s.id}`} onClick={() => navigate(`/students/${s.id}`)}>
                <Group justify="space-between" wrap="nowrap" w="100%">
                  <div>
                    <Text size="sm" fw={500}>
                      {s.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[s.externalId, s.program, s.classYear ? `Class of ${s.classYear}` : null].filter(Boolean).join(' · ')}
                    </Text>
                  </div>
                  <StudentStatusBadge status={s.status} />
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {commands.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {commands.map((c) => (
              <Spotlight.Action key={c.id} label={c.label} description={c.description} leftSection={<c.icon size={18} stroke={1.5} />} onClick={c.run} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {students.length === 0 && commands.length === 0 && (
          <Spotlight.Empty>{results.isFetching ? 'Searching…' : `Nothing matches “${query}”.`}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      {debounced.length > 0 && students.length > 0 && (
        <Group px="md" py={6} justify="flex-end">
          <Badge variant="transparent" size="xs" c="dimmed">
            Enter to open · Esc to close
          </Badge>
        </Group>
      )}
    </Spotlight.Root>
  );
}
