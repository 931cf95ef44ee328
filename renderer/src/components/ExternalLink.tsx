import { Anchor } from '@mantine/core';

/** Only https addresses become links: the desktop shell refuses to open anything else, so a dead link would mislead. */
export function httpsUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** A link that opens in the system browser; non-https addresses are shown as plain text. */
export function ExternalLink({ url, label }: { url: string | null; label?: string }) {
  if (!url) return null;
  const safe = httpsUrl(url);
  if (!safe) return <>{url}</>;
  return (
    <Anchor href={safe} target="_blank" rel="noreferrer" size="sm">
      {label ?? hostOf(safe)}
    </Anchor>
  );
}
