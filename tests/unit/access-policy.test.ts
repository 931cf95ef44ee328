import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessRules, roles, studentScopes } from '../../shared/api/access';
import { accessPolicyFile, accessPolicyPage } from '../../shared/api/access-policy';
import { contract, procedureNames } from '../../shared/api/contract';
import { sourceRoot } from '../../electron/core/paths';

describe('the access policy', () => {
  it('every procedure declares one of the named rules (a missing one is also a compile error)', () => {
    const known = new Set<unknown>(accessRules);
    const without = procedureNames.filter((name) => !known.has(contract[name].access));
    expect(without).toEqual([]);
  });

  it('every rule names known roles and a known student scope, and the admin may do everything', () => {
    for (const rule of accessRules) {
      expect(rule.roles.every((role) => roles.includes(role))).toBe(true);
      expect(studentScopes).toContain(rule.students);
      expect(rule.roles).toContain('admin');
    }
    expect(new Set(accessRules.map((r) => r.name)).size).toBe(accessRules.length);
  });

  it('keeps what issue 15 says: front desk and viewers never export; only admins restore, import or change settings', () => {
    const rolesOf = (name: (typeof procedureNames)[number]) => contract[name].access.roles;
    for (const name of procedureNames.filter((n) => n.startsWith('exports.') || n.endsWith('.export') || n === 'events.exportAttendees')) {
      expect(rolesOf(name), name).not.toContain('frontdesk');
      expect(rolesOf(name), name).not.toContain('viewer');
    }
    for (const name of ['backups.restore', 'imports.commit', 'settings.update', 'advisors.create'] as const) expect(rolesOf(name)).toEqual(['admin']);
    // Writes on a student's record: never front desk or viewer.
    for (const name of procedureNames.filter((n) => contract[n].access.students === 'caseload')) {
      expect(contract[name].kind, name).toBe('write');
      expect(rolesOf(name), name).not.toContain('viewer');
    }
  });

  it(`${accessPolicyFile} is in step with the contract (run \`npm run policy\` after changing a declaration)`, () => {
    const committed = readFileSync(join(sourceRoot, accessPolicyFile), 'utf8');
    expect(committed).toBe(accessPolicyPage());
  });
});
