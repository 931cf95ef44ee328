import type { importsProcedures } from '../../../shared/api/imports';
import type { Handlers } from '../procedure';
import { importsCommit, importsPreview } from './service';

export const importsHandlers = {
  'imports.preview': importsPreview,
  'imports.commit': importsCommit,
} satisfies Handlers<typeof importsProcedures>;
