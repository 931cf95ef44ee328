import type { studentsProcedures } from '../../../shared/api/students';
import type { Handlers } from '../procedure';
import { studentsCreate, studentsFacets, studentsGet, studentsList, studentsNetworkSummary, studentsSetStatus, studentsUpdate } from './service';
import { studentsBulkChange, studentsBulkUndo, studentsSelection } from './bulk';
import { studentsTimeline } from './timeline';

export const studentsHandlers = {
  'students.list': studentsList,
  'students.get': studentsGet,
  'students.create': studentsCreate,
  'students.update': studentsUpdate,
  'students.setStatus': studentsSetStatus,
  'students.networkSummary': studentsNetworkSummary,
  'students.facets': studentsFacets,
  'students.selection': studentsSelection,
  'students.bulkChange': studentsBulkChange,
  'students.bulkUndo': studentsBulkUndo,
  'students.timeline': studentsTimeline,
} satisfies Handlers<typeof studentsProcedures>;
