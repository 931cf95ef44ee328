import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Where the desktop app remembers which office server it uses (address and chosen CA, plain JSON: nothing secret)
// and the session secret — only encrypted with the OS keychain (Electron's safeStorage). Where the keychain is not
// available, the secret is never written: the person signs in again next time.

/** What the store needs of Electron's safeStorage (its own method names; tests pass a fake). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface OfficeChoice {
  origin: string;
  ca: string | null;
}

const choiceSchema = z.strictObject({
  origin: z.string().max(2048),
  ca: z
    .string()
    .max(64 * 1024)
    .nullable(),
});
const choiceFile = 'office-server.json';
const sessionFile = 'office-session.bin';

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

export function readChoice(folder: string): OfficeChoice | null {
  const data = readOrNull(join(folder, choiceFile));
  if (!data) return null;
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(data.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeChoice(folder: string, choice: OfficeChoice | null): void {
  if (!choice) return rmSync(join(folder, choiceFile), { force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, choiceFile), JSON.stringify(choice), { mode: 0o600 });
}

/** The kept session, or null (none, keychain unavailable, or it cannot be decrypted: then sign in again). */
export function readSession(folder: string, box: SecretBox): string | null {
  if (!box.isEncryptionAvailable()) return null;
  const data = readOrNull(join(folder, sessionFile));
  if (!data) return null;
  try {
    return box.decryptString(data);
  } catch {
    return null;
  }
}

/** Keeps the session encrypted, or removes it; returns whether it is kept. */
export function writeSession(folder: string, box: SecretBox, session: string | null): boolean {
  const path = join(folder, sessionFile);
  if (!session || !box.isEncryptionAvailable()) {
    rmSync(path, { force: true });
    return false;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, box.encryptString(session), { mode: 0o600 });
  return true;
}
