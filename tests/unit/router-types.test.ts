import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anyone } from '../../shared/api/access';
import type { AreaProcedures, ProcedureDefinition } from '../../shared/api/areas';
import { combine } from '../../shared/api/combine';
import { contract, procedureNames } from '../../shared/api/contract';
import type { Handlers } from '../../electron/core/procedure';
import { router } from '../../electron/core/router';

// The `@ts-expect-error` lines are the proof: `npm run typecheck` fails if any of them compiles, i.e. if a
// missing handler, a duplicate name, a misfiled procedure or a procedure without an access rule slipped through.
// (The duplicate cases are functions never called: at run time combine would throw, as the last test shows.)

const ping = {
  kind: 'read',
  access: anyone,
  input: z.strictObject({}),
  output: z.object({ pong: z.boolean() }),
} as const satisfies ProcedureDefinition;
const areaA = { 'students.ping': ping } as const satisfies AreaProcedures<'students'>;
const areaB = { 'students.pong': ping } as const satisfies AreaProcedures<'students'>;
export const both = combine(areaA, areaB);
const handlersA = { 'students.ping': () => ({ pong: true }) } satisfies Handlers<typeof areaA>;
const handlersB = { 'students.pong': () => ({ pong: true }) } satisfies Handlers<typeof areaB>;

export const complete: Handlers<typeof both> = combine(handlersA, handlersB);

// @ts-expect-error a procedure of the contract without a handler ('students.pong') does not compile
export const missingHandler: Handlers<typeof both> = combine(handlersA);

// @ts-expect-error the same procedure name in two areas does not compile
export const duplicateName = () => combine(areaA, areaB, areaA);

// @ts-expect-error the same handler name in two areas' maps does not compile
export const duplicateHandler = () => combine(handlersA, handlersB, handlersA);

// @ts-expect-error an area's handler map must handle every procedure of its contract file
export const incompleteArea = {} satisfies Handlers<typeof areaA>;

// @ts-expect-error a handler must answer the contract's output
export const wrongOutput = { 'students.ping': () => ({ pong: 'yes' }) } satisfies Handlers<typeof areaA>;

// @ts-expect-error a procedure filed in another area's contract file does not compile
export const misfiled = { 'goals.ping': ping } satisfies AreaProcedures<'students'>;

const ruleless = { kind: 'read', input: z.strictObject({}), output: z.object({}) } as const;
// @ts-expect-error a procedure without an access rule does not compile
export const withoutRule = ruleless satisfies ProcedureDefinition;

describe('the router', () => {
  it('has exactly one handler per procedure of the contract', () => {
    expect(Object.keys(router).sort()).toEqual([...procedureNames].sort());
    for (const name of procedureNames) expect(typeof router[name]).toBe('function');
    expect(Object.keys(contract)).toHaveLength(procedureNames.length);
  });

  it('refuses a name two areas both define, should the types be bypassed', () => {
    const parts: object[] = [handlersA, handlersA];
    expect(() => combine(...parts)).toThrow('Procedure students.ping is defined by two areas.');
  });

  it('combines the parts', () => {
    expect(Object.keys(complete)).toEqual(['students.ping', 'students.pong']);
  });
});
