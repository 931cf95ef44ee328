import type { myDayProcedures } from '../../../shared/api/my-day';
import type { Handlers } from '../procedure';
import { myDayGet } from './service';

export const myDayHandlers = {
  'myDay.get': myDayGet,
} satisfies Handlers<typeof myDayProcedures>;
