import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery } from '../../electron/core/db/fts';

describe('ftsPrefixQuery', () => {
  it('turns words into quoted prefix terms', () => {
    expect(ftsPrefixQuery('dana lee')).toBe('"dana"* "lee"*');
  });
  it('splits emails and ids on punctuation, like the index does', () => {
    expect(ftsPrefixQuery('dana.lee@acme')).toBe('"dana"* "lee"* "acme"*');
  });
  it('neutralises FTS5 syntax', () => {
    expect(ftsPrefixQuery('NEAR("x" OR y*)')).toBe('"NEAR"* "x"* "OR"* "y"*');
  });
  it('returns null when nothing searchable is left', () => {
    expect(ftsPrefixQuery('  -- "" ')).toBeNull();
  });
});
