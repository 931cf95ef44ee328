import { fileURLToPath } from 'node:url';

/**
 * The import aliases of tsconfig.base.json "paths", for the bundler and vitest (they do not read tsconfig).
 * `@shared/x` is shared/x and `@renderer/x` is renderer/src/x, so a file's imports do not change when it moves.
 */
export const pathAliases = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
};
