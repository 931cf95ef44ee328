import type { employersProcedures } from '../../../shared/api/employers';
import { listEmployers, listIndustries } from '../db/directory';
import type { Handlers } from '../procedure';
import { employersCreate, employersGet, employersOptions, employersPlacements, employersUpdate } from './service';

export const employersHandlers = {
  'employers.list': listEmployers,
  'employers.industries': listIndustries,
  'employers.get': employersGet,
  'employers.create': employersCreate,
  'employers.update': employersUpdate,
  'employers.options': employersOptions,
  'employers.placements': employersPlacements,
} satisfies Handlers<typeof employersProcedures>;
