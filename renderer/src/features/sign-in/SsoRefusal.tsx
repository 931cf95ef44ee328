import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ssoRefusalParam, ssoRefusalPath, ssoRefusalSchema } from '@shared/api/sso-refusal';
import { FormError } from '@renderer/components/FormError';

/** Said when the server no longer holds the message (restarted, or the link is older than ten minutes). */
const fallback = 'Single sign-on did not sign you in. Try again, or ask your office admin.';

/** The office server's message for a refusal id, or the fallback: only the server's own words reach the page. */
async function refusalMessage(id: string): Promise<string> {
  try {
    const response = await fetch(`${ssoRefusalPath}?id=${encodeURIComponent(id)}`);
    const parsed = ssoRefusalSchema.safeParse(await response.json());
    return (parsed.success && parsed.data.message) || fallback;
  } catch {
    return fallback;
  }
}

/**
 * Why single sign-on (OIDC or SAML) refused: the office server sends the browser here with a refusal id
 * (`/#/sign-in?refusal=…`) after a refused sign-in, and this shows the message it holds for that id, as text.
 */
export function SsoRefusal() {
  const [params] = useSearchParams();
  const id = params.get(ssoRefusalParam);
  // Kept with the id it answers, so another id in the address never shows the previous message.
  const [shown, setShown] = useState<{ id: string; message: string } | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    void refusalMessage(id).then((message) => current && setShown({ id, message }));
    return () => {
      current = false;
    };
  }, [id]);
  return <FormError message={id && shown?.id === id ? shown.message : null} title="Sign-in refused" />;
}
