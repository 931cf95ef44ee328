/**
 * The Origin the dev proxy forwards to the browser-mode host. The dev page (Vite, another port) calls the API
 * through Vite's proxy; the host accepts only its own origin, so the page's own origin is presented as the
 * host's. Any other Origin is forwarded unchanged, so a foreign page is still refused by the host's own check.
 */
export function forwardedOrigin(origin: string | undefined, pageOrigins: readonly string[], apiOrigin: string): string | undefined {
  if (origin === undefined) return undefined;
  return pageOrigins.includes(origin) ? apiOrigin : origin;
}
