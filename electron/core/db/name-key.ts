import type Database from 'better-sqlite3';
import { nameSortKey } from '../../../shared/name-order';

/**
 * Gives a connection name_sort_key(last, first) → the name's sort key (shared/name-order.ts). The triggers that keep
 * students.name_key and contacts.name_key call it on every insert and name change, whoever writes (forms, imports,
 * the demo's bulk load, merges), and migration 0022 filled existing rows with it: migrations run on a connection
 * opened by `wrap`, which registers it.
 */
export function registerNameKey(sqlite: Database.Database): void {
  sqlite.function('name_sort_key', { deterministic: true }, (last: unknown, first: unknown) =>
    nameSortKey(typeof last === 'string' ? last : '', typeof first === 'string' ? first : ''),
  );
}
