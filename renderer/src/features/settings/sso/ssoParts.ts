import type { ProcedureInput, ProcedureOutput } from '@shared/api/contract';
import type { SsoSettings } from '@shared/api/sso';
import { ApiError } from '@renderer/api/client';
import type { ApiRun } from '@renderer/api/hooks';

// Settings → Single sign-on edits one part of `sso.updateSettings` per card (the OIDC provider, the SAML IdP, the
// role rules, who may sign in), so saving one card never sends — or throws away — another card's unsaved edits.

type Part = 'oidc' | 'saml' | 'roleRules' | 'provisioning';

/** The field a refusal names, as the card's own form names it: 'oidc.issuer' → 'issuer', 'provisioning.allowedDomains.2' → 'allowedDomains'. */
function inPart(field: unknown, part: Part): unknown {
  if (typeof field !== 'string' || !field.startsWith(`${part}.`)) return field;
  return field.slice(part.length + 1).split('.')[0];
}

/** A refused save with its fields named the card's way, so useEntityForm places the message on the field. */
function asPartError(error: unknown, part: Part): unknown {
  if (!(error instanceof ApiError) || !error.details) return error;
  const issues = Array.isArray(error.details.issues)
    ? error.details.issues.map((issue: unknown) =>
        issue && typeof issue === 'object' && 'field' in issue ? { ...issue, field: inPart(issue.field, part) } : issue,
      )
    : error.details.issues;
  return new ApiError({ code: error.code, message: error.message, details: { ...error.details, field: inPart(error.details.field, part), issues } });
}

/** Saves one card's part of the single sign-on settings. */
export function saveSsoPart(run: ApiRun, part: Part, input: ProcedureInput<'sso.updateSettings'>): Promise<ProcedureOutput<'sso.updateSettings'>> {
  return run('sso.updateSettings', input).catch((error: unknown) => {
    throw asPartError(error, part);
  });
}

/**
 * The settings query as one card sees it: only its part, so the card's form restarts when its own part is saved
 * (SettingsCard keys its form by the data) and not when another card saves.
 */
export function partOf<T>(
  query: { data: SsoSettings | undefined; error: ApiError | null; isError: boolean; refetch: () => unknown },
  pick: (settings: SsoSettings) => T,
) {
  return { data: query.data && { saved: pick(query.data) }, error: query.error, isError: query.isError, refetch: query.refetch };
}
