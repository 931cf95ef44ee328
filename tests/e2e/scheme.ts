import type { Page } from '@playwright/test';

/**
 * Opens the app in the light or the dark theme: Mantine's stored choice and the system's preference both say so.
 * Reduced motion too, so dialogs and toasts are in place at once for a scan or a screenshot.
 */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  // A script string: it runs in the page, and a spec need not be compiled with the DOM's types for it.
  await page.addInitScript(`window.localStorage.setItem('mantine-color-scheme-value', '${scheme}')`);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
}
