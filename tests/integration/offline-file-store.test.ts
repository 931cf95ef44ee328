import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueuedItem } from '../../shared/api/offline';
import { fileStore } from '../../electron/offline/file-store';
import { tempDir } from './helpers';

// The desktop's file store of the door's queue: what is put comes back in order after a "restart" (a new store on the
// same file), concurrent puts all land, and a damaged file is an error, never an empty queue.

const dirs: Array<{ cleanup(): void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
const pathIn = () => {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir.dir, 'door', 'offline-queue.json');
};
const item = (seq: number): QueuedItem => ({
  key: `door-key-${String(seq).padStart(10, '0')}`,
  seq,
  procedure: 'attendance.checkIn',
  input: { attendanceId: seq, checkedIn: true },
  label: `Check in ${seq}`,
  queuedAt: '2026-04-01T17:00:00.000Z',
  refused: null,
});

describe('the desktop file store of the offline queue', () => {
  it('keeps items in order across a restart; removes and replaces by key', async () => {
    const path = pathIn();
    const store = fileStore(path);
    await Promise.all([3, 1, 2, 5, 4].map((n) => store.put(item(n))));
    await store.remove(item(2).key);
    await store.put({ ...item(5), refused: { code: 'forbidden', message: 'Not allowed' } });
    const again = await fileStore(path).list();
    expect(again.map((i) => i.seq)).toEqual([1, 3, 4, 5]);
    expect(again.at(-1)?.refused?.message).toBe('Not allowed');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reports a damaged file instead of reading it as an empty queue, and leaves it as it was', async () => {
    const path = pathIn();
    await fileStore(path).put(item(1));
    writeFileSync(path, '{"version":1,"items":[{"broken"');
    await expect(fileStore(path).list()).rejects.toThrow(/cannot be read; it was left as it is/);
    expect(readFileSync(path, 'utf8')).toContain('broken');
    expect(existsSync(path)).toBe(true);
  });
});
