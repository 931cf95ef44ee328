import { accessRules, roles, type StudentScope } from './access';
import { areas } from './areas';
import { contract, effectsOf, procedureNames, type ProcedureName } from './contract';

const scopeMeaning: Record<StudentScope, string> = {
  none: 'no student data',
  visible: 'students the caller may see (lists filtered in SQL)',
  caseload: 'one student the caller may change (their advisor, a director, an admin)',
  office: 'every student of the office',
};

/** Where the page is kept, from the repository root. */
export const accessPolicyFile = 'docs/access-policy.md';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function effectsText(name: ProcedureName): string {
  const effects = effectsOf(name);
  return effects.length === areas.length ? 'every area' : effects.join(', ');
}

/**
 * The whole access policy on one page, from the declarations in the contract: every rule, then every
 * procedure with its kind, effects and rule. docs/access-policy.md is this text (`npm run policy`).
 */
export function accessPolicyPage(): string {
  const lines = [
    '# Access policy',
    '',
    'Generated from the contract (`shared/api/*.ts`) by `npm run policy`; `tests/unit/access-policy.test.ts` fails when this',
    'page is out of step. Nothing enforces it in single-user mode (one implicit caller); the office server enforces it',
    'in the core for the signed-in caller, deny by default (`electron/core/access/`, called from dispatch; lists, search, counts',
    `and exports filter in SQL through \`electron/core/db/visible-students.ts\`). Roles: ${roles.join(', ')}.`,
    '',
    '## Rules',
    '',
    '| Rule | Roles | Students | Meaning |',
    '| --- | --- | --- | --- |',
    ...accessRules.map((r) => `| \`${r.name}\` | ${r.roles.join(', ')} | ${r.students}: ${scopeMeaning[r.students]} | ${cell(r.summary)} |`),
    '',
    `## Procedures (${procedureNames.length})`,
    '',
    '| Procedure | Kind | Rule | Effects (areas a write changes) |',
    '| --- | --- | --- | --- |',
    ...procedureNames.map((name) => `| \`${name}\` | ${contract[name].kind} | \`${contract[name].access.name}\` | ${effectsText(name)} |`),
    '',
  ];
  return lines.join('\n');
}
