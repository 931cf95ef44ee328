import { Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconUserQuestion } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { StudentDetail } from '@shared/api/students';
import { StudentAccess } from '@renderer/app/ReadOnlyStudent';
import { useApiQuery } from '@renderer/api/hooks';
import { recordPage } from '@renderer/components/RecordPage';
import { ConnectionsPanel } from '@renderer/features/connections/ConnectionsPanel';
import { GoalsPanel } from '@renderer/features/goals/GoalsPanel';
import { MilestonesPanel } from '@renderer/features/milestones/MilestonesPanel';
import { PlacementsPanel } from '@renderer/features/placements/PlacementsPanel';
import { ReadinessPanel } from '@renderer/features/readiness/ReadinessPanel';
import { StudentFormModal } from './StudentFormModal';
import { StudentHeader } from './StudentHeader';
import { NotesAndTasksPanel } from '@renderer/features/notes/NotesAndTasksPanel';
import { StudentNotesSection } from './StudentNotesSection';
import { StudentOverview } from './StudentOverview';
import { isStudentSection, studentPath, studentSections, type StudentSection } from './studentSections';
import { TimelinePanel } from './TimelinePanel';

export const StudentPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('students.get', { id }, { enabled }),
  missing: { icon: <IconUserQuestion size={24} />, what: 'student', list: 'students', message: 'The address does not point to a student.' },
  view: (s) => (
    <StudentAccess mayChange={s.mayChange}>
      <StudentView student={s} />
    </StudentAccess>
  ),
});

/** The section the address names (`/students/12/references`); an address without one, or with an unknown one, is the overview. */
function useSection(): StudentSection {
  const { section } = useParams();
  return isStudentSection(section) ? section : 'overview';
}

/**
 * A student's record: a compact header, then one section at a time behind tabs. Each tab has its own address, so a
 * link lands on the section it is about and Back returns to the previous section; only the shown section loads.
 */
function StudentView({ student: s }: { student: StudentDetail }) {
  const [editing, setEditing] = useState(false);
  const section = useSection();
  const navigate = useNavigate();
  const label = studentSections.find((x) => x.key === section)?.label ?? 'Overview';
  useDocumentTitle(`${s.displayName} · ${label} · Rapport`);
  const tabs = useRef<HTMLDivElement>(null);
  const shown = useRef(section);
  useEffect(() => {
    if (shown.current === section) return; // arriving at the record: the Shell focuses its heading
    shown.current = section;
    // A link inside the old section (Overview's "Every reference") disappears with it, and the browser's Back or
    // Forward leaves focus on the tab that was left: put it on the tab now shown, instead of the page's heading or a
    // tab whose panel is gone. Focus elsewhere (a control the reader is using) stays where it is.
    const active = document.activeElement;
    const list = tabs.current;
    if (active === null || active === document.body || !active.isConnected || (list?.contains(active) ?? false))
      list?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [section]);
  return (
    <>
      <StudentHeader student={s} onEdit={() => setEditing(true)} />
      <Tabs
        value={section}
        onChange={(next) => {
          const value = next ?? undefined;
          if (isStudentSection(value) && value !== section) void navigate(studentPath(s.id, value));
        }}
        keepMounted={false}
        mt="md"
      >
        <Tabs.List ref={tabs} style={stickyTabs} aria-label={`Sections of ${s.displayName}'s record`}>
          {studentSections.map((x) => (
            <Tabs.Tab key={x.key} value={x.key}>
              {x.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {studentSections.map((x) => (
          <Tabs.Panel key={x.key} value={x.key} pt="md">
            <SectionBody section={x.key} student={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <StudentFormModal opened={editing} onClose={() => setEditing(false)} student={s} />
    </>
  );
}

// The tab bar stays in view under the Shell's 56 px header while a long section scrolls.
const stickyTabs = { position: 'sticky', top: 56, zIndex: 2, background: 'var(--mantine-color-body)' } as const;

function SectionBody({ section, student }: { section: StudentSection; student: StudentDetail }) {
  switch (section) {
    case 'overview':
      return <StudentOverview student={student} />;
    case 'goals':
      return <GoalsPanel studentId={student.id} />;
    case 'connections':
      return <ConnectionsPanel studentId={student.id} />;
    case 'references':
      return <ReadinessPanel student={student} />;
    case 'notes':
      return (
        <Stack gap="md">
          <NotesAndTasksPanel studentId={student.id} />
          <StudentNotesSection student={student} />
        </Stack>
      );
    case 'placements':
      return <PlacementsPanel studentId={student.id} />;
    case 'milestones':
      return <MilestonesPanel studentId={student.id} />;
    case 'timeline':
      return <TimelinePanel studentId={student.id} />;
  }
}
