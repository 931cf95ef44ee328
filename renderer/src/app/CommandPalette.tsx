import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconBuilding, IconCalendarEvent, IconCalendarPlus, IconSearch, IconUser, IconUserPlus, type Icon } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { eventKindLabels } from '@shared/domain';
import type { ProcedureName } from '@shared/api/contract';
import type { QuickSearchResult } from '@shared/api/search';
import { useApiQuery } from '../api/hooks';
import { formatDate } from '../components/format';
import { StudentStatusBadge } from '../components/StatusBadge';
import { studentPath } from '../features/students/studentSections';
import { useMayCall, useNavItems } from './session';

// The "New …" forms load when first asked for, not with the palette (which the Shell loads on first use).
const StudentFormModal = lazy(() => import('../features/students/StudentFormModal').then((m) => ({ default: m.StudentFormModal })));
const EventFormModal = lazy(() => import('../features/events/EventFormModal').then((m) => ({ default: m.EventFormModal })));
const ContactFormModal = lazy(() => import('../features/contacts/ContactFormModal').then((m) => ({ default: m.ContactFormModal })));

type Creating = 'student' | 'event' | 'contact';

const newCommands: readonly { id: Creating; label: string; description: string; icon: Icon; needs: ProcedureName }[] = [
  { id: 'student', label: 'New student', description: 'Add a student to the caseload', icon: IconUserPlus, needs: 'students.create' },
  { id: 'event', label: 'New event', description: 'Plan a networking event', icon: IconCalendarPlus, needs: 'events.create' },
  { id: 'contact', label: 'New contact', description: 'Add a professional to the directory', icon: IconAddressBook, needs: 'contacts.create' },
];

/**
 * The results scroll inside the palette: their viewport takes Tab focus so the keyboard can scroll it (axe
 * scrollable-region-focusable). Mantine's Spotlight list passes no props to the viewport, so it is set on the element.
 */
function focusableViewport(node: HTMLDivElement | null): void {
  const viewport = node?.matches('[data-scrollarea-viewport]') ? node : node?.querySelector('[data-scrollarea-viewport]');
  viewport?.setAttribute('tabindex', '0');
}

/**
 * Ctrl/Cmd+K: find a student, contact, employer or event as you type, or run a command (New student, New event,
 * New contact, Go to any screen). Results come in groups with headings; arrows move, Enter opens, Esc closes.
 */
export function CommandPalette() {
  const navigate = useNavigate();
  // The Shell mounts the palette when it is first asked for. Mounted closed, then opened: Mantine's focus return
  // notes the field or button focused before it opened.
  useEffect(() => {
    spotlight.open();
  }, []);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<Creating | null>(null);
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const mayCall = useMayCall();
  const navItems = useNavItems();
  const mayFind = mayCall('search.quick');
  const results = useApiQuery('search.quick', { query: debounced, limit: 6 }, { enabled: debounced.length > 0 && mayFind });
  const found = debounced.length > 0 ? results.data : undefined;
  const lower = query.trim().toLowerCase();
  const matches = (label: string) => lower === '' || label.toLowerCase().includes(lower);
  const commands = [
    ...newCommands.filter((c) => mayCall(c.needs)).map((c) => ({ ...c, run: () => setCreating(c.id) })),
    ...navItems.map((item) => ({
      id: `go:${item.path}`,
      label: `Go to ${item.label}`,
      description: item.description,
      icon: item.icon,
      run: () => navigate(item.path),
    })),
  ].filter((c) => matches(c.label));
  const go = (path: string) => () => void navigate(path);
  const groups = found ? foundGroups(found).filter((group) => group.hits.length > 0) : [];

  return (
    <>
      {/* Ctrl+K is the Shell's (usePalette), which mounts this on first use. */}
      <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} tagsToIgnore={[]} scrollable maxHeight={480}>
        <Spotlight.Search
          placeholder={mayFind ? 'Find a student, contact, employer or event, or type a command…' : 'Type a command…'}
          aria-label="Find or run a command"
          leftSection={<IconSearch size={18} stroke={1.5} aria-hidden />}
        />
        <Spotlight.ActionsList aria-label="Results" ref={focusableViewport}>
          {groups.map((group) => (
            <Spotlight.ActionsGroup key={group.label} label={group.label}>
              {group.hits.map((hit) => (
                <Hit key={hit.to} {...hit} onClick={go(hit.to)} />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {commands.length > 0 && (
            <Spotlight.ActionsGroup label="Commands">
              {commands.map((c) => (
                <Spotlight.Action
                  key={c.id}
                  label={c.label}
                  description={c.description}
                  leftSection={<c.icon size={18} stroke={1.5} aria-hidden />}
                  onClick={c.run}
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {groups.length === 0 && commands.length === 0 && (
            <Spotlight.Empty>{results.isFetching ? 'Searching…' : `Nothing matches “${query}”.`}</Spotlight.Empty>
          )}
        </Spotlight.ActionsList>
        <Group px="md" py={6} justify="flex-end">
          <Badge variant="transparent" size="xs" c="dimmed">
            ↑↓ to move · Enter to open · Esc to close
          </Badge>
        </Group>
      </Spotlight.Root>
      {creating && (
        <Suspense fallback={null}>
          {creating === 'student' && <StudentFormModal opened onClose={() => setCreating(null)} />}
          {creating === 'event' && <EventFormModal opened onClose={() => setCreating(null)} />}
          {creating === 'contact' && <ContactFormModal opened onClose={() => setCreating(null)} />}
        </Suspense>
      )}
    </>
  );
}

interface FoundHit {
  to: string;
  icon: Icon;
  title: string;
  detail: (string | null)[];
  badge?: ReactNode;
}

/** What search.quick found, one group per kind with its heading, each hit with the address it opens. */
function foundGroups(found: QuickSearchResult): { label: string; hits: FoundHit[] }[] {
  return [
    {
      label: 'Students',
      hits: found.students.map((s) => ({
        to: studentPath(s.id),
        icon: IconUser,
        title: s.displayName,
        detail: [s.externalId, s.program, s.classYear ? `Class of ${s.classYear}` : null],
        badge: <StudentStatusBadge status={s.status} />,
      })),
    },
    {
      label: 'Contacts',
      hits: found.contacts.map((c) => ({ to: `/contacts/${c.id}`, icon: IconAddressBook, title: c.displayName, detail: [c.title, c.employerName] })),
    },
    {
      label: 'Employers',
      hits: found.employers.map((e) => ({ to: `/employers/${e.id}`, icon: IconBuilding, title: e.name, detail: [e.industry, e.location] })),
    },
    {
      label: 'Events',
      hits: found.events.map((e) => ({
        to: `/events/${e.id}`,
        icon: IconCalendarEvent,
        title: e.title,
        detail: [eventKindLabels[e.kind], formatDate(e.startsAt)],
      })),
    },
  ];
}

/** One found record: its kind's icon, its name, a line about it, and a badge where the kind has one. */
function Hit({
  icon: KindIcon,
  title,
  detail,
  badge,
  onClick,
}: {
  icon: Icon;
  title: string;
  detail: (string | null)[];
  badge?: ReactNode;
  onClick: () => void;
}) {
  const line = detail.filter(Boolean).join(' · ');
  return (
    <Spotlight.Action onClick={onClick}>
      <Group wrap="nowrap" w="100%" gap="sm">
        <KindIcon size={18} stroke={1.5} aria-hidden style={{ flexShrink: 0 }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {title}
          </Text>
          {line && (
            <Text size="xs" c="dimmed">
              {line}
            </Text>
          )}
        </div>
        {badge}
      </Group>
    </Spotlight.Action>
  );
}
