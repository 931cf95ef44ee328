import { describe, expect, it } from 'vitest';
import { areaOf, areas, type ProcedureDefinition } from '../../shared/api/areas';
import { contract, effectsOf, procedureNames, type ProcedureName } from '../../shared/api/contract';

// Issue 13, item 12: every write declares the areas it changes, beside its schemas; the renderer refreshes from
// that declaration alone, so a missing area is a stale screen.
const definitions: [ProcedureName, ProcedureDefinition][] = procedureNames.map((name) => [name, contract[name]]);
const writes = definitions.filter(([, d]) => d.kind === 'write').map(([name]) => name);

describe('procedure effects', () => {
  it('every procedure says whether it reads or writes, and every write names at least one known area', () => {
    for (const [name, definition] of definitions) {
      expect(['read', 'write'], name).toContain(definition.kind);
      if (definition.kind === 'write') {
        expect(definition.effects.length, name).toBeGreaterThan(0);
        for (const area of definition.effects) expect(areas, `${name} → ${area}`).toContain(area);
      } else {
        expect(effectsOf(name), name).toEqual([]);
      }
    }
    expect(writes.length).toBeGreaterThan(40);
  });

  it('every procedure lives in one of the areas, so effects can name it', () => {
    for (const name of procedureNames) expect(areas, name).toContain(areaOf(name));
  });

  it('a logged interaction refreshes everything it moves: goals, the student, keep-in-touch, readiness, wrap-up, dashboard, events', () => {
    const moved = ['goals', 'students', 'connections', 'keepInTouch', 'readiness', 'wrapUp', 'milestones', 'dashboard', 'events', 'contacts', 'audit'];
    for (const name of ['interactions.create', 'interactions.bulkCreate', 'interactions.update', 'interactions.delete', 'milestones.markSent'] as const) {
      expect(effectsOf(name), name).toEqual(expect.arrayContaining(moved));
    }
  });

  it('every write that re-computes goal progress declares goals (and the dashboard that counts them)', () => {
    // The writes that reach a db write function which moves goals (movingGoals in electron/core/db).
    const movesGoals = [
      'interactions.create',
      'interactions.bulkCreate',
      'interactions.update',
      'interactions.delete',
      'connections.delete',
      'contacts.delete',
      'contacts.merge',
      'events.create',
      'events.update',
      'events.invite',
      'events.logMeeting',
      'attendance.checkIn',
      'attendance.pairBuddies',
      'goals.create',
      'goals.update',
      'goals.applyTemplate',
      'imports.commit',
    ] as const;
    for (const name of movesGoals) expect(effectsOf(name), name).toEqual(expect.arrayContaining(['goals', 'students', 'dashboard']));
  });

  it('a restore and the demo office change everything', () => {
    expect([...effectsOf('backups.restore')].sort()).toEqual([...areas].sort());
    expect([...effectsOf('app.loadDemo')].sort()).toEqual([...areas].sort());
  });

  it('exports only add a line to the history', () => {
    for (const name of ['exports.referenceList', 'exports.references', 'exports.readinessReport', 'dashboard.export', 'events.exportIcs'] as const) {
      expect(effectsOf(name), name).toEqual(['audit']);
    }
  });
});
