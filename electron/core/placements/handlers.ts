import type { placementsProcedures } from '../../../shared/api/placements';
import type { Handlers } from '../procedure';
import { placementsCreate, placementsDelete, placementsForStudent, placementsUpdate } from './service';

export const placementsHandlers = {
  'placements.forStudent': placementsForStudent,
  'placements.create': placementsCreate,
  'placements.update': placementsUpdate,
  'placements.delete': placementsDelete,
} satisfies Handlers<typeof placementsProcedures>;
