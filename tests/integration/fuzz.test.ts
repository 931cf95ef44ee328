import { request } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, procedureNames } from '../../shared/api/contract';
import { createDemoOffice } from '../../electron/core/office/service';
import { send, type Reply } from './http-reply';
import { changedTables, fuzzInputs, hostileStrings, mayChange, mayWrite, problemWith, rawBodies, seedOf, snapshot } from './support/fuzz-inputs';
import { webHostForFile } from './web-host-fixture';

// Every procedure of the contract, called through the browser-mode host with hostile input (arbitrary JSON,
// the procedure's own keys with wrong-typed values, and right-typed values full of edge cases that reach the
// handlers): the host must answer 200 or a structured 4xx (never a 5xx, never a stack trace), match the
// contract's output when it succeeds, keep serving, and leave the data as it was unless the procedure exists
// to write and the call succeeded.

const token = 'fuzz-token-0123456789abcdef';
const runsPerProcedure = 25;

const web = webHostForFile(token, (db) => createDemoOffice(db, { students: 30, seed: 2, today: new Date('2026-03-15T12:00:00Z') }));

function call(name: string, body: string): Promise<Reply> {
  const headers = { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json', 'x-rapport-token': token };
  return send(request, { host: '127.0.0.1', port: web.port, path: `/api/${name}`, method: 'POST', headers }, body);
}

describe('fuzzing every procedure through the web host', () => {
  it('lists only real procedures as allowed to write', () => {
    for (const name of mayWrite.keys()) expect(procedureNames).toContain(name);
  });

  it.each(procedureNames)('%s answers hostile input with ok or a structured 4xx error and writes only what it may', async (name) => {
    let before = snapshot(web.t.db);
    const check = async (body: string): Promise<void> => {
      const reply = await call(name, body);
      const problem = problemWith(contract[name].output, reply);
      const after = snapshot(web.t.db);
      const changed = changedTables(before, after);
      const succeeded = problem === null && reply.status === 200;
      const allowed = succeeded && mayChange(name, changed);
      before = after;
      const input = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
      if (problem) throw new Error(`${name} with ${input}: ${problem}`);
      if (changed.length > 0 && !allowed) {
        throw new Error(`${name} with ${input} (${succeeded ? 'succeeded' : 'failed'}) changed ${changed.join(', ')}; it may not: ${reply.text.slice(0, 300)}`);
      }
    };

    for (const body of rawBodies) await check(body);
    await fc.assert(
      fc.asyncProperty(fuzzInputs(name), async (input) => check(JSON.stringify(input) ?? '')),
      { numRuns: runsPerProcedure, seed: seedOf(name), includeErrorInReport: true },
    );

    const health = await call('app.status', '{}');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ ok: true });
  });

  // Browser mode answers these outside the contract, only while the database could not be opened.
  it.each(['recovery.status', 'recovery.restore', 'recovery.startEmpty'])('%s is refused while the database is open, whatever the input', async (name) => {
    const before = snapshot(web.t.db);
    const bodies = [
      ...rawBodies,
      ...fc
        .sample(fc.oneof(fc.jsonValue(), fc.object(), fc.record({ fileName: fc.constantFrom(...hostileStrings) })), {
          numRuns: 10,
          seed: seedOf(name),
        })
        .map((input) => JSON.stringify(input) ?? ''),
    ];
    for (const body of bodies) {
      const reply = await call(name, body);
      expect(problemWith(z.never(), reply), `${name} with ${body.slice(0, 100)}`).toBeNull();
      expect(reply.status, `${name} with ${body.slice(0, 100)}`).toBeGreaterThanOrEqual(400);
    }
    expect(changedTables(before, snapshot(web.t.db))).toEqual([]);
  });

  it('leaves a database that passes the integrity and foreign-key checks', () => {
    expect(web.t.db.sqlite.prepare('pragma integrity_check').pluck().all()).toEqual(['ok']);
    expect(web.t.db.sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
  });
});
