import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/client';
import type { ApiRun } from '@renderer/api/hooks';
import { placeServerError } from '@renderer/components/serverErrors';
import { saveSsoPart } from '@renderer/features/settings/sso/ssoParts';

// Settings → Single sign-on saves one card's part of sso.updateSettings; a refusal names the field by its path in the
// whole input ('oidc.issuer'), and the card's form must find it under its own name to show it on the field.

const refusing =
  (field: string, message: string): ApiRun =>
  () =>
    Promise.reject(
      new ApiError({
        code: 'invalid_input',
        message: `Invalid input for sso.updateSettings: ${field} ${message}`,
        details: { field, issues: [{ field, message }] },
      }),
    );

async function refusal(run: ApiRun, part: Parameters<typeof saveSsoPart>[1]): Promise<ApiError> {
  const error: unknown = await saveSsoPart(run, part, {}).catch((e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

describe('saveSsoPart: a refusal as the card’s form names it', () => {
  it('names the OIDC card’s own field, and placeServerError puts the rule on it in the label’s words', async () => {
    const error = await refusal(refusing('oidc.issuer', 'must be the provider’s https address'), 'oidc');
    expect(error.field).toBe('issuer');
    expect(placeServerError(error, { issuer: 'Issuer' })).toEqual({ field: 'issuer', message: 'Issuer must be the provider’s https address.' });
  });

  it('names a list by the list: one bad domain is on the domains field', async () => {
    const error = await refusal(refusing('provisioning.allowedDomains.2', 'must be an email domain such as example.edu'), 'provisioning');
    expect(error.field).toBe('allowedDomains');
  });

  it('leaves a field the core already named the card’s way (the SAML certificate) and other parts’ fields alone', async () => {
    expect((await refusal(refusing('idpCertificate', 'is not a certificate'), 'saml')).field).toBe('idpCertificate');
    expect((await refusal(refusing('staffMustUseSso', 'is invalid'), 'provisioning')).field).toBe('staffMustUseSso');
  });
});
