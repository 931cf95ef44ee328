import type { exportsProcedures } from '../../../shared/api/exports';
import type { Handlers } from '../procedure';
import { exportsReadinessReport, exportsReferenceList, exportsReferences } from './references';

export const exportsHandlers = {
  'exports.referenceList': exportsReferenceList,
  'exports.references': exportsReferences,
  'exports.readinessReport': exportsReadinessReport,
} satisfies Handlers<typeof exportsProcedures>;
