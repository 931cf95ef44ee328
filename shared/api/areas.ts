import type { z } from 'zod';
import type { AccessRule } from './access';

/**
 * The areas of the office: the namespaces of procedure names ("goals" in `goals.create`). A write declares
 * the areas it changes (its effects); the renderer refreshes every query of those areas from that declaration,
 * and the office server will push it to other clients. A stale screen cannot come from a forgotten list.
 */
export const areas = [
  'app',
  'settings',
  'advisors',
  'search',
  'audit',
  'students',
  'contacts',
  'employers',
  'connections',
  'placements',
  'interactions',
  'keepInTouch',
  'wrapUp',
  'milestones',
  'notes',
  'tasks',
  'goals',
  'goalTemplates',
  'events',
  'attendance',
  'dashboard',
  'myDay',
  'readiness',
  'exports',
  'imports',
  'backups',
  'views',
  'office',
  'auth',
  'users',
  'sso',
] as const;
export type Area = (typeof areas)[number];

/** Changes nothing: safe to repeat, cached by the renderer. */
export interface ReadProcedure<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  kind: 'read';
  /** Who may call it once there are signed-in users (shared/api/access.ts). */
  access: AccessRule;
  input: Input;
  output: Output;
}

/** The areas a write changes: at least one. */
export type Effects = readonly [Area, ...Area[]];

/**
 * Changes the office file. `effects` names EVERY area whose reads may answer differently afterwards — think
 * of derived facts too (a logged interaction moves goals, keep-in-touch, readiness, the dashboard …).
 */
export interface WriteProcedure<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType, Changes extends Effects = Effects> {
  kind: 'write';
  /** Who may call it once there are signed-in users (shared/api/access.ts). */
  access: AccessRule;
  input: Input;
  output: Output;
  effects: Changes;
}

/**
 * Every procedure declares, beside its schemas, whether it reads or writes, for a write its effects, and its
 * access rule — in one line, with `read` or `write` below (the schemas keep their exact types for the router
 * and the renderer).
 */
export type ProcedureDefinition = ReadProcedure | WriteProcedure;

/**
 * A procedure's schemas are built the first time they are read. zod builds a schema when it is declared, and a
 * screen calls a handful of procedures: building all 157 procedures' schemas up front added about 35 ms to the
 * renderer's start (the contract's evaluation, 161 → 127 ms median in Node on a 2-core machine).
 */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Declares a read: `'goals.forStudent': read(caseloadRead, () => z.strictObject({ studentId: id }), () => z.array(goalSchema))`. */
export function read<Input extends z.ZodType, Output extends z.ZodType>(
  access: AccessRule,
  input: () => Input,
  output: () => Output,
): ReadProcedure<Input, Output> {
  const inputSchema = once(input);
  const outputSchema = once(output);
  return {
    kind: 'read',
    access,
    get input() {
      return inputSchema();
    },
    get output() {
      return outputSchema();
    },
  };
}

/** Declares a write and the areas it changes: `'connections.create': write(caseload, relationshipEffects, () => connectionInput, () => connectionSchema)`. */
export function write<const Changes extends Effects, Input extends z.ZodType, Output extends z.ZodType>(
  access: AccessRule,
  effects: Changes,
  input: () => Input,
  output: () => Output,
): WriteProcedure<Input, Output, Changes> {
  const inputSchema = once(input);
  const outputSchema = once(output);
  return {
    kind: 'write',
    access,
    effects,
    get input() {
      return inputSchema();
    },
    get output() {
      return outputSchema();
    },
  };
}

/** Everything a change to a student's relationships (contact, connection, placement, interaction) can move. */
export const relationshipEffects = [
  'contacts',
  'employers',
  'connections',
  'placements',
  'interactions',
  'students',
  'keepInTouch',
  'wrapUp',
  'milestones',
  'goals',
  'events',
  'readiness',
  'dashboard',
  'myDay',
  'audit',
] as const satisfies readonly Area[];

/** The namespace of a procedure name: `goals` for `goals.create`. */
export function areaOf(name: string): string {
  const dot = name.indexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

/**
 * The procedures of one contract file, shared/api/<area>.ts: every name is in the file's namespaces (the area
 * and its companions, see ARCHITECTURE.md "Where to put new things"), so a procedure filed in the wrong area
 * is a compile error: `} as const satisfies AreaProcedures<'goals' | 'goalTemplates'>`.
 */
export type AreaProcedures<Namespace extends Area> = Record<`${Namespace}.${string}`, ProcedureDefinition>;
