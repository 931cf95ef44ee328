import { Navigate } from 'react-router';
import { homePath } from './home-path';
import { useSession } from './session';

/** The address `/`: the signed-in user's first screen (home-path.ts). */
export function Home() {
  const { caller } = useSession();
  return <Navigate to={homePath(caller)} replace />;
}
