import { maxImportBytes } from '@shared/api/imports';

export interface ChosenFile {
  name: string;
  size: number;
  /** The file's bytes, base64, as the import procedures take them. */
  content: string;
}

/** Same words as the core, so the refusal reads the same whichever side makes it. */
export function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; imports take files up to 50 MB. Split it and import the parts.`;
}

const alphabet = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const padding = 0x3d; // "="

/**
 * Base64 written straight into one byte array and decoded once: files run to 50 MB, and building the text
 * from per-chunk strings or btoa() calls takes seconds at that size, this a fraction of one.
 */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const at = (i: number) => bytes[i] ?? 0;
  const letter = (sextet: number) => alphabet[sextet] ?? padding;
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    out[o++] = letter(n >>> 18);
    out[o++] = letter((n >>> 12) & 63);
    out[o++] = letter((n >>> 6) & 63);
    out[o++] = letter(n & 63);
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (at(whole) << 16) | (rest === 2 ? at(whole + 1) << 8 : 0);
    out[o++] = letter(n >>> 18);
    out[o++] = letter((n >>> 12) & 63);
    out[o++] = rest === 2 ? letter((n >>> 6) & 63) : padding;
    out[o] = padding;
  }
  // Every byte is ASCII, so any decoder gives the same text.
  return new TextDecoder().decode(out);
}

/** Refuses files over the limit before reading a byte of them. */
export async function readImportFile(file: File): Promise<ChosenFile> {
  if (file.size > maxImportBytes) throw new Error(tooLargeMessage(file.size));
  const content = toBase64(new Uint8Array(await file.arrayBuffer()));
  // The contract caps file names at 255 characters; the name is only shown and recorded in the audit log.
  const name = (file.name.trim() || 'import.csv').slice(0, 255);
  return { name, size: file.size, content };
}
