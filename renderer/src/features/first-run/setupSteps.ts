import { defaultOfficeName } from '@shared/api/office';

// The setup checklist of a new office, in the order the work is best done. Each step is ticked from what the office
// holds (never from a "done" flag someone could forget to set), and links to the screen where it is done.

export interface SetupFacts {
  officeName: string;
  advisors: number;
  /** Single-user mode: the advisor picked in "I am"; null for none. The office server has no such step. */
  currentAdvisorId: number | null;
  mode: 'single' | 'office';
  students: number;
  /** Times the keep-in-touch windows were saved (the audit log): the defaults looked at and kept or changed. */
  windowsSaved: number;
}

export interface SetupStep {
  key: 'office-name' | 'advisors' | 'who-i-am' | 'roster' | 'windows';
  label: string;
  hint: string;
  to: string;
  done: boolean;
}

export function setupSteps(facts: SetupFacts): SetupStep[] {
  const steps: SetupStep[] = [
    {
      key: 'office-name',
      label: 'Name the office',
      hint: 'Printed on exports and reference lists.',
      to: '/settings?section=office',
      done: facts.officeName.trim() !== '' && facts.officeName !== defaultOfficeName,
    },
    {
      key: 'advisors',
      label: 'Add the advisors',
      hint: 'The people who follow students; students are assigned to them.',
      to: '/settings?section=office',
      done: facts.advisors > 0,
    },
    {
      key: 'who-i-am',
      label: 'Say who you are',
      hint: 'The advisor this computer acts as ("I am").',
      to: '/settings?section=office',
      done: facts.currentAdvisorId !== null,
    },
    {
      key: 'roster',
      label: 'Import the roster',
      hint: 'Students from a CSV or Excel file.',
      to: '/import',
      done: facts.students > 0,
    },
    {
      key: 'windows',
      label: 'Check the keep-in-touch windows',
      hint: 'How often students should be in touch with each kind of contact.',
      to: '/settings?section=keep-in-touch',
      done: facts.windowsSaved > 0,
    },
  ];
  return facts.mode === 'office' ? steps.filter((step) => step.key !== 'who-i-am') : steps;
}
