import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { areaOf } from '@shared/api/areas';
import { effectsOf, procedureNames, type ProcedureName } from '@shared/api/contract';
import { refreshAfter } from '@renderer/api/refresh';

// Queries are keyed [procedure, input] (renderer/src/api/hooks.ts). One cached query per read procedure, so a
// write's refresh can be compared with its declared effects across the whole contract.
const reads = procedureNames.filter((name) => effectsOf(name).length === 0);
const writes = procedureNames.filter((name) => effectsOf(name).length > 0);

async function refreshedBy(write: ProcedureName): Promise<string[]> {
  const client = new QueryClient();
  for (const read of reads) client.setQueryData([read, { id: 1 }], { cached: read });
  await refreshAfter(client, write);
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => String(query.queryKey[0]))
    .sort();
}

describe('refreshAfter: the screens refresh from the effects a write declares', () => {
  it.each(writes)('%s refreshes exactly the queries of the areas it changes', async (write) => {
    const changed = new Set<string>(effectsOf(write));
    expect(await refreshedBy(write)).toEqual(reads.filter((read) => changed.has(areaOf(read))).sort());
  });

  it('logging an interaction refreshes the student’s goals, keep-in-touch and readiness (the stale goal card)', async () => {
    expect(await refreshedBy('interactions.create')).toEqual(expect.arrayContaining(['goals.forStudent', 'connections.forStudent', 'readiness.student']));
  });

  it('a read refreshes nothing', async () => {
    for (const read of ['students.list', 'goals.forStudent'] satisfies ProcedureName[]) expect(await refreshedBy(read)).toEqual([]);
  });
});
