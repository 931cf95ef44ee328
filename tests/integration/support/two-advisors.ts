import { roles } from '../../../shared/api/access';
import { procedures, type TestDb } from '../helpers';
import { asCaller } from './office-callers';

type Call = ReturnType<typeof procedures>['call'];

/** An office of two advisors, "I am" Avery, each with one student: Yara is Avery's, Otto is Blake's. */
export function twoAdvisorOffice(call: Call) {
  call('app.startEmpty', {});
  const avery = call('advisors.create', { name: 'Avery Advisor', email: 'avery@example.edu' }).id;
  const blake = call('advisors.create', { name: 'Blake Advisor', email: 'blake@example.edu' }).id;
  call('settings.update', { currentAdvisorId: avery });
  const yara = call('students.create', { firstName: 'Yara', lastName: 'Haddad', advisorId: avery }).id;
  const otto = call('students.create', { firstName: 'Otto', lastName: 'Other', advisorId: blake }).id;
  return { avery, blake, yara, otto };
}

/** The same database as a signed-in advisor (linked to `advisorId`) sees it on the office server. */
export function signedInAdvisor(t: Pick<TestDb, 'db'>, advisorId: number) {
  const caller = { userId: 1, email: 'avery@example.edu', name: 'Avery Advisor', role: roles[2], advisorId };
  return procedures(() => asCaller(t.db, caller));
}
