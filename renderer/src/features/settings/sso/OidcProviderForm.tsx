import { Button, Group, PasswordInput, Radio, Stack, TagsInput, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ProcedureInput } from '@shared/api/contract';
import { oidcInputSchema, type OidcSettings } from '@shared/api/sso';
import { useApiMutation } from '@renderer/api/hooks';
import { FormError } from '@renderer/components/FormError';
import { notify } from '@renderer/components/notify';
import { fieldErrors } from '@renderer/components/serverErrors';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { SettingsActions } from '../SettingsActions';
import { saveSsoPart } from './ssoParts';
import { TextFields, type TextField } from './TextFields';

type SecretChoice = 'keep' | 'replace' | 'remove';
interface OidcValues {
  displayName: string;
  issuer: string;
  clientId: string;
  scopes: string[];
  secretChoice: SecretChoice;
  clientSecret: string;
}

const labels: Record<keyof OidcValues, string> = {
  displayName: 'Display name',
  issuer: 'Issuer',
  clientId: 'Client ID',
  scopes: 'Extra scopes',
  secretChoice: 'Client secret',
  clientSecret: 'Client secret',
};

const oidcTexts: TextField<'displayName' | 'issuer' | 'clientId'>[] = [
  { field: 'displayName', description: 'The sign-in page says “Sign in with …” and this name, e.g. University Login.' },
  {
    field: 'issuer',
    description: 'The provider’s issuer address: Entra https://login.microsoftonline.com/<tenant id>/v2.0, Okta https://<org>.okta.com.',
  },
  { field: 'clientId', description: 'The application (client) ID the provider gave Rapport.' },
];

function toValues(saved: OidcSettings | null): OidcValues {
  return {
    displayName: saved?.displayName ?? '',
    issuer: saved?.issuer ?? '',
    clientId: saved?.clientId ?? '',
    scopes: saved?.scopes ?? ['email', 'profile'],
    // Without a kept secret the field is simply offered (empty: a public client that relies on PKCE alone).
    secretChoice: saved?.hasClientSecret ? 'keep' : 'replace',
    clientSecret: '',
  };
}

/** The secret goes only when it changes: omitted keeps the one stored, '' removes it. */
function toInput(values: OidcValues): NonNullable<ProcedureInput<'sso.updateSettings'>['oidc']> {
  const { secretChoice, clientSecret, ...client } = values;
  if (secretChoice === 'keep') return client;
  return { ...client, clientSecret: secretChoice === 'remove' ? '' : clientSecret };
}

function validate(values: OidcValues, hadSecret: boolean): Record<string, string> {
  const result = oidcInputSchema.safeParse(toInput(values));
  const errors = result.success ? {} : fieldErrors(result.error.issues, labels);
  if (hadSecret && values.secretChoice === 'replace' && values.clientSecret.trim() === '') {
    return { ...errors, clientSecret: 'Enter the new client secret, or keep the one saved.' };
  }
  return errors;
}

/** The OIDC provider (Entra ID, Okta, Google Workspace …): what the office registered Rapport as there. */
export function OidcProviderForm({ saved }: { saved: OidcSettings | null }) {
  const hadSecret = saved?.hasClientSecret ?? false;
  const turnOff = useApiMutation('sso.updateSettings');
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: toValues(saved),
    validate: (values) => validate(values, hadSecret),
    labels,
    save: (values, run) => saveSsoPart(run, 'oidc', { oidc: toInput(values) }),
    savedMessage: () => 'OpenID Connect sign-in saved.',
    onSaved: () => undefined,
  });
  const confirmTurnOff = () =>
    modals.openConfirmModal({
      title: 'Turn off OpenID Connect sign-in?',
      children: (
        <Text size="sm">
          The sign-in page stops offering “Sign in with {saved?.displayName}”, and the provider’s settings and client secret are forgotten. Accounts stay; staff
          without a password cannot sign in until an admin sets one or another provider is on.
        </Text>
      ),
      labels: { confirm: 'Turn off', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        turnOff.mutate({ oidc: null }, { onSuccess: () => notify.done('OpenID Connect sign-in is off.'), onError: notify.failure('Not turned off') }),
    });

  return (
    <form onSubmit={submit} noValidate aria-label="OpenID Connect provider">
      <Stack gap="sm">
        <TextFields fields={oidcTexts} labels={labels} inputProps={(field) => form.getInputProps(field)} />
        {hadSecret ? (
          <Radio.Group label={labels.secretChoice} description="A client secret is kept. It is never shown again." {...form.getInputProps('secretChoice')}>
            <Group mt={6}>
              <Radio value="keep" label="Keep the saved secret" />
              <Radio value="replace" label="Replace it" />
              <Radio value="remove" label="Remove it (PKCE only)" />
            </Group>
          </Radio.Group>
        ) : null}
        {form.values.secretChoice === 'replace' && (
          <PasswordInput
            label={hadSecret ? 'New client secret' : labels.clientSecret}
            description={hadSecret ? 'Replaces the saved secret when you save.' : 'Leave empty for a public client that relies on PKCE alone.'}
            autoComplete="off"
            {...form.getInputProps('clientSecret')}
          />
        )}
        <TagsInput
          label={labels.scopes}
          description="openid is always asked for. email and profile give the address and name; add groups when a role rule reads it."
          {...form.getInputProps('scopes')}
        />
        <FormError message={formError} />
        <SettingsActions
          changed={form.isDirty()}
          onDiscard={() => form.reset()}
          aside={
            saved && (
              <Button variant="subtle" color="red" onClick={confirmTurnOff} loading={turnOff.isPending}>
                Turn off OpenID Connect
              </Button>
            )
          }
        >
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save OpenID Connect
          </Button>
        </SettingsActions>
      </Stack>
    </form>
  );
}
