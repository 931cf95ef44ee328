import type { Page } from '@playwright/test';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A dashboard headline card, found by its figure. The card is named by everything it shows (WCAG 2.5.3), so its
 * name reads "Active students : 1,325 968 without a goal in progress": the label, a hidden colon, the figure, the
 * detail. Without a value, any figure.
 */
export function kpiCard(page: Page, label: string, value?: string) {
  const figure = value === undefined ? '[\\d,]+%?' : escaped(value);
  return page.getByRole('link', { name: new RegExp(`^${escaped(label)} ?: ${figure}(?: |$)`) });
}
