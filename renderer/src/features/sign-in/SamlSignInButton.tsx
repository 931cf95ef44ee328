import { Button } from '@mantine/core';
import { samlPaths } from '@shared/api/sso-saml';
import { useApiQuery } from '@renderer/api/hooks';

/**
 * "Sign in with <name>" when the office has SAML sign-in set up and on; nothing otherwise. A plain link, not a call:
 * the office server's /sso/saml/start sends the browser to the identity provider, which posts back to the ACS.
 */
export function SamlSignInButton() {
  const options = useApiQuery('sso.signInOptions', {});
  const saml = options.data?.saml;
  if (!saml) return null;
  return (
    <Button component="a" href={samlPaths.start} variant="default" fullWidth>
      Sign in with {saml.displayName}
    </Button>
  );
}
