import { createContext, useContext, type ReactNode } from 'react';

/**
 * True inside a student page the signed-in user may read but not change (students.get's `mayChange` is false: an
 * advisor on another advisor's student, a viewer). useMayCall then offers none of the page's `caseload` writes,
 * so every panel's Edit, New and Log buttons follow the record without a prop of their own.
 */
const ReadOnlyStudentContext = createContext(false);

export function useReadOnlyStudent(): boolean {
  return useContext(ReadOnlyStudentContext);
}

export function StudentAccess({ mayChange, children }: { mayChange: boolean; children: ReactNode }) {
  return <ReadOnlyStudentContext.Provider value={!mayChange}>{children}</ReadOnlyStudentContext.Provider>;
}
