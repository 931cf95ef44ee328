import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRoot } from '../../electron/core/paths';

// Goal refresh is the write layer's job (core/db write functions mark what they move; the transaction refreshes),
// so no service, host or script remembers to call it: a forgotten call would be a stale goal card.

function sourceFiles(folder: string): string[] {
  return readdirSync(join(sourceRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(sourceRoot, join(entry.parentPath, entry.name)));
}

describe('derived state lives in the write layer', () => {
  it('no file outside electron/core/db calls refreshGoals or refreshGoalSummaries', () => {
    const callers = ['electron', 'scripts', 'renderer', 'shared']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(join('electron', 'core', 'db')))
      .filter((file) => /\brefreshGoal(s|Summaries)\s*\(/.test(readFileSync(join(sourceRoot, file), 'utf8')));
    expect(callers).toEqual([]);
  });

  it('core/db itself calls refreshGoals only from the transaction end (goal-refresh.ts) and the bulk load', () => {
    const callers = sourceFiles(join('electron', 'core', 'db'))
      .filter((file) => /\brefreshGoals\s*\(/.test(readFileSync(join(sourceRoot, file), 'utf8').replace(/export function refreshGoals\s*\(/, '')))
      .map((file) => relative(join('electron', 'core', 'db'), file))
      .sort();
    expect(callers).toEqual(['demo-load.ts', 'goal-refresh.ts']);
  });
});
