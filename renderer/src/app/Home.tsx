import { Navigate } from 'react-router';
import { useNavItems, useSession } from './session';

/**
 * The address `/`: an advisor (and the single-user app, where the one user is an advisor) starts on My day;
 * directors, admins, viewers and the front desk on the office dashboard — or, without it, the first screen offered.
 */
export function Home() {
  const { caller } = useSession();
  const offered = useNavItems();
  const first = caller === null || caller.role === 'advisor' ? '/my-day' : '/dashboard';
  const home = offered.find((item) => item.path === first) ?? offered[0];
  return <Navigate to={home?.path ?? '/settings'} replace />;
}
