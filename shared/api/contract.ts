import type { z } from 'zod';
import type { Area, ProcedureDefinition } from './areas';
import { auditProcedures } from './audit';
import { authProcedures } from './auth';
import { backupsProcedures } from './backups';
import { combine } from './combine';
import { connectionsProcedures } from './connections';
import { contactsProcedures } from './contacts';
import { dashboardProcedures } from './dashboard';
import { employersProcedures } from './employers';
import { eventsProcedures } from './events';
import { eventDeskProcedures } from './event-desk';
import { selfCheckInProcedures } from './self-check-in';
import { exportsProcedures } from './exports';
import { goalsProcedures } from './goals';
import { importsProcedures } from './imports';
import { keepInTouchProcedures } from './keep-in-touch';
import { milestonesProcedures } from './milestones';
import { notesProcedures } from './notes';
import { myDayProcedures } from './my-day';
import { officeProcedures } from './office';
import { placementsProcedures } from './placements';
import { readinessProcedures } from './readiness';
import { searchProcedures } from './search';
import { ssoProcedures } from './sso';
import { tasksProcedures } from './tasks';
import { twoStepProcedures } from './two-step';
import { studentsProcedures } from './students';
import { usersProcedures } from './users';
import { viewsProcedures } from './views';
import { wrapUpProcedures } from './wrap-up';

export type { Area, ProcedureDefinition } from './areas';

/**
 * Every procedure the core answers: name → zod input and output, read or write, a write's effects (see
 * shared/api/areas.ts) and its access rule (shared/api/access.ts). One file per area; a name in two areas does
 * not compile. The router must implement exactly these.
 */
export const contract = combine(
  officeProcedures,
  searchProcedures,
  auditProcedures,
  studentsProcedures,
  contactsProcedures,
  employersProcedures,
  connectionsProcedures,
  placementsProcedures,
  keepInTouchProcedures,
  wrapUpProcedures,
  milestonesProcedures,
  notesProcedures,
  tasksProcedures,
  goalsProcedures,
  eventsProcedures,
  eventDeskProcedures,
  selfCheckInProcedures,
  dashboardProcedures,
  myDayProcedures,
  readinessProcedures,
  exportsProcedures,
  importsProcedures,
  backupsProcedures,
  viewsProcedures,
  authProcedures,
  twoStepProcedures,
  usersProcedures,
  ssoProcedures,
);

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;

/** A procedure whose namespace is not one of `areas` (shared/api/areas.ts) could not be named in effects. */
type OutsideTheAreas = Exclude<ProcedureName, `${Area}.${string}`>;
export const everyProcedureInAnArea: [OutsideTheAreas] extends [never] ? true : ['add its namespace to areas in shared/api/areas.ts', OutsideTheAreas] = true;
/** What a caller sends (before defaults and trimming). */
export type ProcedureInput<K extends ProcedureName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ProcedureName> = z.output<Contract[K]['input']>;
export type ProcedureOutput<K extends ProcedureName> = z.output<Contract[K]['output']>;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const procedureNames: ProcedureName[] = Object.keys(contract).filter(isProcedureName);

/** The contract seen through the procedure name, so generic code gets exact types per name without casts. */
export type ProcedureSchemas = {
  [K in ProcedureName]: {
    input: z.ZodType<ParsedInput<K>, ProcedureInput<K>>;
    output: z.ZodType<ProcedureOutput<K>>;
  };
};
export const procedureSchemas: ProcedureSchemas = contract;

/** The areas a procedure changes, from its declaration; a read changes none. */
export function effectsOf(name: ProcedureName): readonly Area[] {
  const definition: ProcedureDefinition = contract[name];
  return definition.kind === 'write' ? definition.effects : [];
}
