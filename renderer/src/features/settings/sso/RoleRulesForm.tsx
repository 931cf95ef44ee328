import { Button, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { roles, type Role } from '@shared/api/access';
import { roleRuleSchema, type RoleRule } from '@shared/api/sso-settings';
import { FormError } from '@renderer/components/FormError';
import { OrderActions } from '@renderer/components/OrderActions';
import { RowActionsHeader } from '@renderer/components/RowActions';
import { fieldErrors } from '@renderer/components/serverErrors';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { roleLabels } from '../../users/roles';
import { SettingsActions } from '../SettingsActions';
import { saveSsoPart } from './ssoParts';

const ruleLabels: Record<keyof RoleRule, string> = { claim: 'Claim or attribute', value: 'Value', role: 'Role' };
const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
const maxRules = 50;

function isRole(value: string | null): value is Role {
  return roles.some((role) => role === value);
}

/** Each rule checked by the contract's own schema; errors keyed by the form's list paths ('roleRules.0.claim'). */
function validate({ roleRules }: { roleRules: RoleRule[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  roleRules.forEach((rule, index) => {
    const result = roleRuleSchema.safeParse(rule);
    if (result.success) return;
    for (const [field, message] of Object.entries(fieldErrors(result.error.issues, ruleLabels))) errors[`roleRules.${index}.${field}`] = message;
  });
  return errors;
}

/** Ordered rules from the provider's claims (OIDC) or attributes (SAML) to a Rapport role: the first that matches wins. */
export function RoleRulesForm({ saved }: { saved: RoleRule[] }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { roleRules: saved },
    validate,
    labels: { roleRules: 'Role rules' },
    save: (values, run) => saveSsoPart(run, 'roleRules', values),
    savedMessage: () => 'Role rules saved. They apply from each person’s next sign-in.',
    onSaved: () => undefined,
  });
  const rules = form.values.roleRules;

  return (
    <form onSubmit={submit} noValidate aria-label="Role rules">
      <Stack gap="sm">
        {rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rules: existing accounts keep their role, and new accounts get the role for new accounts below.
          </Text>
        ) : (
          <Table aria-label="Role rules" verticalSpacing="xs" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{ruleLabels.claim}</Table.Th>
                <Table.Th>{ruleLabels.value}</Table.Th>
                <Table.Th w={150}>{ruleLabels.role}</Table.Th>
                <RowActionsHeader w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule, index) => {
                const name = `rule ${index + 1}`;
                return (
                  // The list's order is the rules' order; a row's position is its identity while editing.
                  <Table.Tr key={index}>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {index + 1}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`${ruleLabels.claim} of ${name}`}
                        placeholder="groups"
                        size="xs"
                        {...form.getInputProps(`roleRules.${index}.claim`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`${ruleLabels.value} of ${name}`}
                        placeholder="career-staff"
                        size="xs"
                        {...form.getInputProps(`roleRules.${index}.value`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${ruleLabels.role} of ${name}`}
                        size="xs"
                        allowDeselect={false}
                        data={roleOptions}
                        value={rule.role}
                        onChange={(value) => isRole(value) && form.setFieldValue(`roleRules.${index}.role`, value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <OrderActions
                        name={name}
                        index={index}
                        count={rules.length}
                        tips={{ up: 'Move up (checked earlier)', down: 'Move down (checked later)', remove: 'Remove rule' }}
                        onMove={(by) => form.reorderListItem('roleRules', { from: index, to: index + by })}
                        onRemove={() => form.removeListItem('roleRules', index)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <FormError message={formError} />
        <SettingsActions
          changed={form.isDirty()}
          onDiscard={() => form.reset()}
          aside={
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={rules.length >= maxRules}
              onClick={() => form.insertListItem('roleRules', { claim: 'groups', value: '', role: 'advisor' })}
            >
              Add rule
            </Button>
          }
        >
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save role rules
          </Button>
        </SettingsActions>
      </Stack>
    </form>
  );
}
