import { describe, expect, it } from 'vitest';
import { forwardedOrigin } from '../../scripts/dev/origin';

// `npm run dev` serves the page from Vite on another port and proxies /api to the unchanged web host, which
// accepts only its own Origin. The proxy vouches for the dev page alone; everything else reaches the host as sent.
describe('the dev proxy forwards', () => {
  const page = ['http://127.0.0.1:5173', 'http://localhost:5173'];
  const api = 'http://127.0.0.1:5859';

  it("the dev page's own origin as the host's", () => {
    expect(forwardedOrigin('http://127.0.0.1:5173', page, api)).toBe(api);
    expect(forwardedOrigin('http://localhost:5173', page, api)).toBe(api);
  });

  it('any other origin unchanged, so the host still refuses a foreign page', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:5174', 'null', 'http://127.0.0.1:5173.evil.example']) {
      expect(forwardedOrigin(origin, page, api)).toBe(origin);
    }
  });

  it('no origin as none (same as a direct request)', () => {
    expect(forwardedOrigin(undefined, page, api)).toBeUndefined();
  });
});
