import { ErrorNotice } from '../components/ErrorNotice';
import { roleLabels } from '../features/users/roles';
import { useSession } from './session';

/** A screen the signed-in user's role may not use, reached by its address: say so rather than fail its calls. */
export function NotOffered({ screen }: { screen: string }) {
  const { caller } = useSession();
  const who = caller ? `${roleLabels[caller.role]} accounts` : 'This account';
  return <ErrorNotice title="Not available to your role" error={`${who} cannot open ${screen}. Ask your office admin if you need it.`} />;
}
