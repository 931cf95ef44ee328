import type { connectionsProcedures } from '../../../shared/api/connections';
import type { Handlers } from '../procedure';
import {
  connectionsCreate,
  connectionsDelete,
  connectionsForStudent,
  connectionsUpdate,
  interactionsBulkCreate,
  interactionsCreate,
  interactionsDelete,
  interactionsUpdate,
} from './service';

/** Connections and the interactions logged on them (interactions.* is this area's companion namespace). */
export const connectionsHandlers = {
  'connections.forStudent': connectionsForStudent,
  'connections.create': connectionsCreate,
  'connections.update': connectionsUpdate,
  'connections.delete': connectionsDelete,
  'interactions.create': interactionsCreate,
  'interactions.bulkCreate': interactionsBulkCreate,
  'interactions.update': interactionsUpdate,
  'interactions.delete': interactionsDelete,
} satisfies Handlers<typeof connectionsProcedures>;
