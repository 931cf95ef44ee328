import type { APIRequestContext } from '@playwright/test';
import { procedureSchemas, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../shared/api/contract';
import { apiResultSchema } from '../../shared/api/errors';
import { e2eToken } from '../../playwright.config';

/**
 * One procedure called as the page calls it (POST /api/<procedure>, with the host's credentials in `headers`):
 * input typed from the contract, answer checked by its output schema, an error thrown with its code.
 */
export async function postProcedure<K extends ProcedureName>(
  request: APIRequestContext,
  base: string,
  headers: Record<string, string>,
  name: K,
  input: ProcedureInput<K>,
): Promise<ProcedureOutput<K>> {
  const reply = await request.post(`${base}/api/${name}`, { headers, data: input });
  const body = apiResultSchema.parse(await reply.json());
  if (!body.ok) throw new Error(`${name}: ${body.error.code}: ${body.error.message}`);
  return procedureSchemas[name].output.parse(body.data);
}

/** The API of the browser-mode office on `port`, with its run token. */
export function officeApi(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const api = <K extends ProcedureName>(request: APIRequestContext, name: K, input: ProcedureInput<K>) =>
    postProcedure(request, base, { 'x-rapport-token': e2eToken }, name, input);
  /** Loads the demo office unless it already holds students (the specs that share it each call this first). */
  async function demoOffice(request: APIRequestContext, students: number, seed: number): Promise<void> {
    if ((await api(request, 'app.status', {})).studentCount === 0) await api(request, 'app.loadDemo', { students, seed });
  }
  return { base, api, demoOffice };
}
