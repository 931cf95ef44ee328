import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors';

/**
 * Passwords are stored as scrypt hashes (memory-hard: each guess costs 32 MiB of memory) with their salt and
 * parameters, `scrypt$N$r$p$salt$hash` in base64, so the cost can be raised later and old hashes still verify.
 * The work runs on libuv's thread pool (async scrypt): a sign-in does not stall the server's other requests.
 */
export const scryptParameters = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;
const saltLength = 16;
export const minimumPasswordLength = 12;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem above 128·N·r (the 32 MiB default is exactly that, and scrypt refuses to sit on the limit).
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltLength);
  const { N, r, p } = scryptParameters;
  const key = await derive(password, salt, scryptParameters);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface StoredHash {
  cost: { N: number; r: number; p: number };
  salt: Buffer;
  key: Buffer;
}

export function parseStoredHash(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !salt || !key) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** True when the password matches; compared in constant time. A damaged stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** A hash of a password nobody has, to spend the same time on an unknown email as on a known one. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
}

/**
 * The zxcvbn-ts common-passwords list (about 49,000 passwords from breach corpora, maintained upstream), loaded
 * on first use. The minimum length already rules out most of it; what is left (qwerty123456, iloveyou1234 …)
 * and a common password padded with digits or symbols to reach the length are refused.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/** Why a password may not be used, in one sentence naming the problem; null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < minimumPasswordLength) return `The password must be at least ${minimumPasswordLength} characters long (it has ${length}).`;
  const lower = password.toLowerCase();
  if (/^(.)\1*$/u.test(lower)) return 'The password repeats one character; choose a longer phrase.';
  if (commonPasswords().has(lower)) return 'The password is on the list of common passwords; choose another (a few unrelated words work well).';
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (core !== lower && core.length >= 4 && commonPasswords().has(core)) {
    return `The password is a common password (“${core}”) with digits or symbols added; choose another.`;
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local)) return 'The password contains the email address’s name; choose one that does not.';
  return null;
}

/** Refuses a weak password with `invalid_input` naming the problem (field `password`). */
export function checkNewPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError('invalid_input', problem, { field: 'password' });
}
