// Writes docs/access-policy.md: every procedure with its kind, effects and access rule, from the contract.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceRoot } from '../electron/core/paths';
import { accessPolicyFile, accessPolicyPage } from '../shared/api/access-policy';

const path = join(sourceRoot, accessPolicyFile);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, accessPolicyPage());
console.log(`wrote ${accessPolicyFile}`);
