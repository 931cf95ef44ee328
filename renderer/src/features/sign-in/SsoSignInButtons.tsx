import { Button, Divider, Text } from '@mantine/core';
import { oidcPaths } from '@shared/api/sso';
import { samlPaths } from '@shared/api/sso-saml';
import { isDesktop } from '@renderer/api/desktopOffice';
import { useApiQuery } from '@renderer/api/hooks';
import { DesktopSsoButton } from '@renderer/app/office-switch/DesktopSsoButton';

/**
 * A provider's "Sign in with <name>": a plain link, not a call — the office server's start address sends the
 * browser to the identity provider, which comes back to Rapport with the person signed in.
 */
function ProviderButton({ protocol, href, displayName }: { protocol: 'oidc' | 'saml'; href: string; displayName: string }) {
  // The desktop window shows only the app: it signs in through a sign-in window of its own (electron/main).
  if (isDesktop()) return <DesktopSsoButton protocol={protocol} displayName={displayName} />;
  return (
    <Button component="a" href={href} variant="default" fullWidth>
      Sign in with {displayName}
    </Button>
  );
}

/**
 * The single sign-on the office has set up (OpenID Connect, SAML, or both), under the password form; nothing when
 * none is. When staff must use it, the page says the password form is for admins only.
 */
export function SsoSignInButtons() {
  const options = useApiQuery('sso.signInOptions', {}).data;
  if (!options || (!options.oidc && !options.saml)) return null;
  return (
    <>
      <Divider label="or" labelPosition="center" />
      {options.oidc && <ProviderButton protocol="oidc" href={oidcPaths.start} displayName={options.oidc.displayName} />}
      {options.saml && <ProviderButton protocol="saml" href={samlPaths.start} displayName={options.saml.displayName} />}
      {options.staffMustUseSso && (
        <Text size="sm" c="dimmed">
          Staff sign in with single sign-on. Password sign-in is for admins only.
        </Text>
      )}
    </>
  );
}
