import { procedureSchemas, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '@shared/api/contract';
import type { ApiErrorShape } from '@shared/api/errors';
import { send } from './transport';

export class ApiError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly details: Record<string, unknown> | undefined;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }

  /** The input field the error is about, when the core named one. */
  get field(): string | undefined {
    const field = this.details?.field;
    return typeof field === 'string' ? field : undefined;
  }
}

type SessionEndedListener = (error: ApiError) => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/**
 * The office server answered `unauthenticated` (the session expired or was revoked): the session gate listens
 * here, whichever screen made the call, and returns to the sign-in page. Returns the unsubscribe.
 */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => {
    sessionEndedListeners.delete(listener);
  };
}

/** One typed call per procedure; the answer is checked against the contract before the UI sees it. */
export async function call<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>> {
  const result = await send(name, input);
  if (!result.ok) {
    const error = new ApiError(result.error);
    if (error.code === 'unauthenticated') for (const listener of sessionEndedListeners) listener(error);
    throw error;
  }
  return procedureSchemas[name].output.parse(result.data);
}
