import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anyone } from '../../shared/api/access';
import { read, write } from '../../shared/api/areas';
import { contract, procedureNames } from '../../shared/api/contract';

// A procedure's schemas are built when first read (shared/api/areas.ts), so the renderer's start does not build
// the whole contract. A schema that cannot be built would then fail only on its first call: build them all here.

describe('the contract builds its schemas when first read', () => {
  it('builds a read’s and a write’s schemas on first use, once', () => {
    const built: string[] = [];
    const schema = (name: string) => () => {
      built.push(name);
      return z.object({ ok: z.boolean() });
    };
    const ping = read(anyone, schema('read input'), schema('read output'));
    const poke = write(anyone, ['students'], schema('write input'), schema('write output'));
    expect(built).toEqual([]);
    expect(ping.output).toBe(ping.output);
    expect(poke.input.parse({ ok: true })).toEqual({ ok: true });
    expect(poke.input).toBe(poke.input);
    expect(built).toEqual(['read output', 'write input']);
    expect(poke.effects).toEqual(['students']);
  });

  it('every procedure’s input and output is a schema', () => {
    for (const name of procedureNames) {
      expect(contract[name].input, name).toBeInstanceOf(z.ZodType);
      expect(contract[name].output, name).toBeInstanceOf(z.ZodType);
    }
  });
});
