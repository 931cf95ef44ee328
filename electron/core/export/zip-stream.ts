import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { Zip, ZipPassThrough } from 'fflate';

/** One file of an archive: its name (UTF-8; the archive marks it so) and its bytes, made when the archive asks. */
export interface ZipEntry {
  name: string;
  content: () => Promise<Uint8Array>;
}

/**
 * Writes a ZIP to `out` an entry at a time, each stored as it is (PDFs are compressed already): only the entry being
 * made is in memory, however many there are, and a slow disk holds the next one back (backpressure) rather than
 * letting the output pile up.
 */
export async function streamZip(out: Writable, entries: Iterable<ZipEntry>): Promise<void> {
  const state: { failed: Error | null } = { failed: null };
  const zip = new Zip((error, chunk, final) => {
    if (error) state.failed = error;
    else {
      out.write(chunk);
      if (final) out.end();
    }
  });
  for (const entry of entries) {
    const content = await entry.content();
    const file = new ZipPassThrough(entry.name);
    zip.add(file);
    file.push(content, true);
    if (state.failed) throw state.failed;
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  zip.end();
  if (state.failed) throw state.failed;
}
