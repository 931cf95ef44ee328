import { Button, Select, Stack, Switch, TagsInput } from '@mantine/core';
import { roles, type Role } from '@shared/api/access';
import { provisioningSchema, type Provisioning } from '@shared/api/sso-settings';
import { FormError } from '@renderer/components/FormError';
import { fieldErrors } from '@renderer/components/serverErrors';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { roleDescriptions, roleLabels } from '../../users/roles';
import { SettingsActions } from '../SettingsActions';
import { saveSsoPart } from './ssoParts';

interface PolicyValues extends Provisioning {
  staffMustUseSso: boolean;
}

const labels: Record<keyof PolicyValues, string> = {
  staffMustUseSso: 'Staff must use single sign-on',
  enabled: 'Create accounts on first sign-in',
  allowedDomains: 'Allowed email domains',
  defaultRole: 'Role for new accounts',
};
const roleOptions = roles.map((role) => ({ value: role, label: `${roleLabels[role]} — ${roleDescriptions[role]}` }));

function isRole(value: string | null): value is Role {
  return roles.some((role) => role === value);
}

/** Who may sign in how: password sign-in for admins only, and accounts made on first sign-in (off by default). */
export function SignInPolicyForm({ saved, hasProvider }: { saved: PolicyValues; hasProvider: boolean }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: saved,
    validate: ({ staffMustUseSso: _, ...provisioning }) => {
      const result = provisioningSchema.safeParse(provisioning);
      return result.success ? {} : fieldErrors(result.error.issues, labels);
    },
    labels,
    save: ({ staffMustUseSso, ...provisioning }, run) => saveSsoPart(run, 'provisioning', { staffMustUseSso, provisioning }),
    savedMessage: () => 'Sign-in rules saved.',
    onSaved: () => undefined,
  });
  const provisioning = form.values.enabled;

  return (
    <form onSubmit={submit} noValidate aria-label="Who may sign in">
      <Stack gap="sm">
        <Switch
          label={labels.staffMustUseSso}
          description={
            hasProvider
              ? 'Only admins may still sign in with a password, so someone can always reach Settings.'
              : 'Takes effect once a provider above is set up: until then everyone signs in with a password.'
          }
          {...form.getInputProps('staffMustUseSso', { type: 'checkbox' })}
        />
        <Switch
          label={labels.enabled}
          description="Off: only people an admin has added in Users can sign in. On: a new person from an allowed domain gets an account."
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <TagsInput
          label={labels.allowedDomains}
          description="The exact part after @, e.g. example.edu (a subdomain needs its own entry)."
          disabled={!provisioning}
          {...form.getInputProps('allowedDomains')}
        />
        <Select
          label={labels.defaultRole}
          description="When no role rule matches the new person."
          allowDeselect={false}
          disabled={!provisioning}
          data={roleOptions}
          {...form.getInputProps('defaultRole')}
          onChange={(value) => isRole(value) && form.setFieldValue('defaultRole', value)}
        />
        <FormError message={formError} />
        <SettingsActions changed={form.isDirty()} onDiscard={() => form.reset()}>
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save sign-in rules
          </Button>
        </SettingsActions>
      </Stack>
    </form>
  );
}
