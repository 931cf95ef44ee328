// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The opening screen's calls go out before React renders. Browser mode (the page came with the run's token) has one
// user: the screen's calls must not wait for `auth.me`. The office server must wait for it: who is signed in decides
// what may be asked, and nobody signed in means nothing else is asked.
let asked: string[] = [];
let answerMe: (body: unknown) => void = () => undefined;

function stubServer(): void {
  asked = [];
  const me = new Promise<unknown>((resolve) => (answerMe = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = decodeURIComponent(url.replace('/api/', ''));
      asked.push(name);
      const data = name === 'auth.me' ? await me : null;
      return new Response(JSON.stringify({ ok: true, data }));
    }),
  );
}

async function start(address: string): Promise<void> {
  window.history.replaceState(null, '', address);
  vi.resetModules();
  const { initTransport } = await import('@renderer/api/transport');
  const { startFirstScreen } = await import('@renderer/app/firstScreen');
  initTransport();
  startFirstScreen(new QueryClient({ defaultOptions: { queries: { retry: false } } }), window.location.hash);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('boot.ts, before the app’s code', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    stubServer();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the opening screen’s calls with the remembered filter, and the app takes each answer over instead of asking again', async () => {
    localStorage.setItem('rapport.dashboard.filter', JSON.stringify({ cohort: '2027' }));
    window.history.replaceState(null, '', '/?token=run-token-0123456789#/dashboard');
    vi.resetModules();
    await import('@renderer/boot');
    expect(asked).toEqual(
      expect.arrayContaining(['auth.me', 'app.status', 'settings.get', 'dashboard.goals', 'dashboard.readiness', 'dashboard.office', 'students.facets']),
    );
    const sentByBoot = asked.length;
    const { call } = await import('@renderer/api/client');
    answerMe({ mode: 'single', caller: null });
    await call('auth.me', {});
    await call('dashboard.office', { cohort: '2027' }).catch(() => undefined);
    expect(asked).toHaveLength(sentByBoot);
    // Taken once: the same call again is a new request, and one boot did not send goes out as usual.
    await call('dashboard.office', { cohort: '2027' }).catch(() => undefined);
    await call('dashboard.office', { cohort: '2028' }).catch(() => undefined);
    expect(asked).toHaveLength(sentByBoot + 2);
  });

  it('sends nothing on the office server (no run token): who is signed in decides what may be asked', async () => {
    window.history.replaceState(null, '', '/#/dashboard');
    vi.resetModules();
    await import('@renderer/boot');
    expect(asked).toEqual([]);
  });
});

describe('the first screen’s early calls', () => {
  beforeEach(() => {
    sessionStorage.clear();
    stubServer();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('browser mode asks for the dashboard’s figures with auth.me, not after it', async () => {
    await start('/?token=run-token-0123456789#/dashboard');
    expect(asked).toEqual(expect.arrayContaining(['auth.me', 'app.status', 'settings.get', 'dashboard.goals', 'dashboard.readiness', 'dashboard.office']));
  });

  it('browser mode opens My day at / and asks for it at once', async () => {
    await start('/?token=run-token-0123456789#/');
    expect(asked).toEqual(expect.arrayContaining(['auth.me', 'myDay.get', 'tasks.mine']));
    expect(asked).not.toContain('dashboard.office');
  });

  it('the office server asks only auth.me until it answers, and nothing more when nobody is signed in', async () => {
    await start('/#/dashboard');
    expect(asked).toEqual(['auth.me']);
    answerMe({ mode: 'office', caller: null });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual(['auth.me']);
  });

  it('the office server asks for the screen once auth.me names a director', async () => {
    await start('/#/dashboard');
    answerMe({ mode: 'office', caller: { userId: 2, email: 'dana@example.edu', name: 'Dana Director', role: 'director', advisorId: null } });
    await vi.waitFor(() => expect(asked).toEqual(expect.arrayContaining(['auth.me', 'app.status', 'dashboard.office'])));
  });
});
