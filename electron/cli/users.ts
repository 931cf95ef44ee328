import type { z } from 'zod';
import { usersProcedures, type User } from '../../shared/api/users';
import { invalidInput } from '../core/dispatch';
import type { Db } from '../core/office/database';
import { addUser, listUsers, resetPassword, setDisabled, setRole, userIdByEmail } from '../core/users/service';
import { UsageError } from './usage';

/** The audit log's name for changes made from the command line (there is no signed-in user here). */
const actor = 'cli';

export interface UsersArgs {
  action: string | undefined;
  email?: string;
  name?: string;
  role?: string;
  advisor?: string;
  passwordStdin: boolean;
  readStdin: () => Promise<string>;
}

/** Checks the arguments with the same contract schema the Users screen's call goes through. */
function parsed<T>(name: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new UsageError(invalidInput(name, result.error).message.replace(`Invalid input for ${name}: `, '--'));
  return result.data;
}

function required(value: string | undefined, option: string, action: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`users ${action} needs --${option}.`);
  return value;
}

/** The password comes on standard input only (a command line is visible to every user of the machine); one trailing newline is dropped. */
async function password(args: UsersArgs): Promise<string> {
  if (!args.passwordStdin) throw new UsageError(`users ${args.action ?? ''} reads the password from standard input: add --password-stdin.`);
  const text = (await args.readStdin()).replace(/\r?\n$/, '');
  if (text === '') throw new UsageError('No password on standard input.');
  return text;
}

function advisorId(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`--advisor must be an advisor's id (a whole number), got "${value}".`);
  return Number(value);
}

function describe(user: User): string {
  const advisor = user.advisorName ? `, advisor ${user.advisorName} (#${user.advisorId})` : '';
  return `${user.email} — ${user.name}, ${user.role}${advisor}${user.disabled ? ', disabled' : ''}`;
}

export interface UsersOutcome {
  text: string;
  json: unknown;
}

/** `rapport users list|add|set-role|disable|enable|reset-password`: the office server's accounts. */
export async function runUsers(db: Db, args: UsersArgs): Promise<UsersOutcome> {
  const action = args.action;
  if (action === 'list') {
    const users = listUsers(db);
    return { text: users.length ? users.map(describe).join('\n') : 'No accounts yet.', json: users };
  }
  if (action === 'add') {
    const input = parsed('users.add', usersProcedures['users.add'].input.omit({ password: true }), {
      email: required(args.email, 'email', action),
      name: required(args.name, 'name', action),
      role: required(args.role, 'role', action),
      advisorId: advisorId(args.advisor),
    });
    const user = await addUser(db, actor, { ...input, password: await password(args) });
    return { text: `Added ${describe(user)}.`, json: user };
  }
  const email = required(args.email, 'email', action ?? '');
  switch (action) {
    case 'set-role': {
      const { role } = parsed('users.setRole', usersProcedures['users.setRole'].input.pick({ role: true }), { role: required(args.role, 'role', action) });
      const user = setRole(db, actor, { userId: userIdByEmail(db, email), role });
      return { text: `${describe(user)}. Their sessions have ended.`, json: user };
    }
    case 'disable':
    case 'enable': {
      const user = setDisabled(db, actor, { userId: userIdByEmail(db, email) }, action === 'disable');
      return { text: action === 'disable' ? `Disabled ${user.email}; their sessions have ended.` : `Enabled ${user.email}.`, json: user };
    }
    case 'reset-password': {
      const userId = userIdByEmail(db, email);
      const user = await resetPassword(db, actor, { userId, password: await password(args) });
      return { text: `New password set for ${user.email}; their sessions have ended.`, json: user };
    }
    default:
      throw new UsageError(`Unknown users command "${action ?? ''}". Use one of list, add, set-role, disable, enable, reset-password.`);
  }
}
