import { ActionIcon, Card, CopyButton, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { oidcPaths } from '@shared/api/sso';
import { samlPaths } from '@shared/api/sso-saml';
import { useApiQuery } from '@renderer/api/hooks';
import { useDesktopOffice } from '@renderer/app/office-switch/useDesktopOffice';
import { SettingsCard } from '../SettingsCard';
import { OidcProviderForm } from './OidcProviderForm';
import { RoleRulesForm } from './RoleRulesForm';
import { SamlProviderForm } from './SamlProviderForm';
import { SignInPolicyForm } from './SignInPolicyForm';
import { partOf } from './ssoParts';

/** Settings → Single sign-on (office server, admins): the addresses IT registers, both providers, role rules, who may sign in. */
export function SsoSection() {
  const settings = useApiQuery('sso.settings', {});
  return (
    <Stack gap="lg">
      <AddressesCard />
      <SettingsCard
        title="OpenID Connect"
        description="Entra ID (Azure AD), Okta, Google Workspace: register Rapport there as a web application with the redirect address above."
        query={partOf(settings, (s) => s.oidc)}
        skeleton={200}
      >
        {({ saved }) => <OidcProviderForm saved={saved} />}
      </SettingsCard>
      <SettingsCard
        title="SAML"
        description="Shibboleth, ADFS or Entra as SAML: give the identity provider Rapport’s metadata address above, then fill these in from its metadata."
        query={partOf(settings, (s) => s.saml)}
        skeleton={200}
      >
        {({ saved }) => <SamlProviderForm saved={saved} />}
      </SettingsCard>
      <SettingsCard
        title="Role rules"
        description="Checked in order at every sign-in; the first rule that matches gives the role. A claim (OIDC) or attribute (SAML) matches when it has the value, or is a list that contains it."
        query={partOf(settings, (s) => s.roleRules)}
        skeleton={120}
      >
        {({ saved }) => <RoleRulesForm saved={saved} />}
      </SettingsCard>
      <SettingsCard
        title="Who may sign in"
        description="Password sign-in for staff, and accounts for people an admin has not added yet."
        query={partOf(settings, (s) => ({ ...s.provisioning, staffMustUseSso: s.staffMustUseSso, hasProvider: s.oidc !== null || s.saml?.enabled === true }))}
        skeleton={200}
      >
        {({ saved: { hasProvider, ...saved } }) => <SignInPolicyForm saved={saved} hasProvider={hasProvider} />}
      </SettingsCard>
    </Stack>
  );
}

/**
 * What the IT office registers at the identity provider, under the office server's address as browsers reach it
 * (its public origin when it sits behind a proxy).
 */
function AddressesCard() {
  // The desktop app on an office server shows its own pages: the addresses are the office server's.
  const office = useDesktopOffice().data;
  const origin = office?.kind === 'office' ? office.origin : window.location.origin;
  const addresses = [
    { what: 'OpenID Connect redirect URI', address: origin + oidcPaths.callback },
    { what: 'OpenID Connect sign-out return address', address: `${origin}/` },
    { what: 'SAML metadata (entity ID, ACS)', address: origin + samlPaths.metadata },
  ];
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4">
        Addresses for your IT office
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Register these with the identity provider before turning single sign-on on.
      </Text>
      <Table aria-label="Addresses for your IT office" verticalSpacing="xs">
        <Table.Tbody>
          {addresses.map(({ what, address }) => (
            <Table.Tr key={what}>
              <Table.Th scope="row" w={280}>
                {what}
              </Table.Th>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {address}
                  </Text>
                  <CopyButton value={address}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? 'Copied' : 'Copy'}>
                        <ActionIcon variant="subtle" color="gray" aria-label={`Copy the ${what}`} onClick={copy}>
                          {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
