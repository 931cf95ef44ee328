import { Button, Stack, Switch, Textarea } from '@mantine/core';
import { samlSettingsSchema, type SamlSettings } from '@shared/api/sso-saml';
import { FormError } from '@renderer/components/FormError';
import { fieldErrors } from '@renderer/components/serverErrors';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { SettingsActions } from '../SettingsActions';
import { saveSsoPart } from './ssoParts';
import { TextFields, type TextField } from './TextFields';

const labels: Record<keyof SamlSettings, string> = {
  enabled: 'Offer SAML sign-in',
  displayName: 'Display name',
  idpEntityId: 'Identity provider’s entity ID',
  idpSsoUrl: 'Single sign-on address',
  idpCertificate: 'Signing certificate',
};

const samlTexts: TextField<'displayName' | 'idpEntityId' | 'idpSsoUrl'>[] = [
  { field: 'displayName', description: 'The sign-in page says “Sign in with …” and this name, e.g. Campus Shibboleth.' },
  { field: 'idpEntityId', description: 'The entityID in the identity provider’s metadata (the Issuer of its assertions).' },
  { field: 'idpSsoUrl', description: 'Its SingleSignOnService Location for the HTTP-Redirect binding (https).' },
];

const blank: SamlSettings = { enabled: true, displayName: '', idpEntityId: '', idpSsoUrl: '', idpCertificate: '' };

/** The SAML identity provider (Shibboleth, ADFS, Entra as SAML): the values its metadata gives. */
export function SamlProviderForm({ saved }: { saved: SamlSettings | null }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: saved ?? blank,
    validate: (values) => {
      const result = samlSettingsSchema.safeParse(values);
      return result.success ? {} : fieldErrors(result.error.issues, labels);
    },
    labels,
    save: (values, run) => saveSsoPart(run, 'saml', { saml: values }),
    savedMessage: (settings) => (settings.saml?.enabled ? 'SAML sign-in saved and offered.' : 'SAML settings saved; SAML sign-in is not offered.'),
    onSaved: () => undefined,
  });

  return (
    <form onSubmit={submit} noValidate aria-label="SAML identity provider">
      <Stack gap="sm">
        <Switch
          label={labels.enabled}
          description="Off keeps these settings but takes the button off the sign-in page."
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <TextFields fields={samlTexts} labels={labels} inputProps={(field) => form.getInputProps(field)} />
        <Textarea
          label={labels.idpCertificate}
          description="The certificate it signs assertions with: the PEM, or the base64 from its metadata."
          withAsterisk
          autosize
          minRows={3}
          maxRows={10}
          // The PEM in a fixed-width font; the label and help stay in the page's.
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('idpCertificate')}
        />
        <FormError message={formError} />
        <SettingsActions changed={form.isDirty()} onDiscard={() => form.reset()}>
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save SAML
          </Button>
        </SettingsActions>
      </Stack>
    </form>
  );
}
