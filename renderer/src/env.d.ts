/// <reference types="vite/client" />
import type { ApiResult } from '@shared/api/errors';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    rapport?: { invoke(procedure: string, input: unknown, idempotencyKey?: string): Promise<ApiResult<unknown>> };
  }
}
