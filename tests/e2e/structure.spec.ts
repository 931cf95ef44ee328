import { expect, test, type Page } from '@playwright/test';
import { e2eToken } from '../../playwright.config';
import { api, base, eventUnderWay, isoDaysAgo, startedOffice } from './empty-office';

// Issue 17, item 1: the structure a screen-reader or keyboard user relies on. Every screen has the banner, a named
// navigation and main landmarks, one h1 and headings in order; a skip link comes first; a change of screen moves
// focus to the new h1; at 200 % zoom on a 1280 px screen (a 640 CSS px viewport) nothing scrolls sideways except a
// data table inside its own frame, and the navigation folds behind a button.

/** The records behind the record screens, made once. */
let records: { student: number; contact: number; employer: number; event: number };

test.beforeAll(async ({ request }) => {
  await startedOffice(request);
  // Employer names are unique in an office, and this runs again in a new worker after a failed test.
  const employer = await api(request, 'employers.create', { name: `Outline Works ${Date.now().toString(36)}` });
  const contact = await api(request, 'contacts.create', { firstName: 'Hedda', lastName: 'Ings', employerId: employer.id });
  const student = await api(request, 'students.create', { firstName: 'Lan', lastName: 'Dmark', classYear: 2028 });
  await api(request, 'connections.create', { studentId: student.id, contactId: contact.id, relationship: 'mentor', sinceOn: isoDaysAgo(30) });
  const event = await eventUnderWay(request, 'Heading Order Social');
  records = { student: student.id, contact: contact.id, employer: employer.id, event: event.id };
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${base}/?token=${e2eToken}#${path}`);
  await expect(page.locator('main h1')).toBeVisible();
  // What loads after the heading (sections, cards) is part of the outline: wait until nothing is loading.
  await expect(page.locator('main .mantine-Skeleton-root')).toHaveCount(0);
  await expect(page.locator('main').getByText('Loading…', { exact: true })).toHaveCount(0);
}

/** The screens: every one in the navigation, and a record of each kind. */
async function screens(page: Page): Promise<string[]> {
  await open(page, '/');
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const r = records;
  return [
    ...hrefs.map((href) => href.replace(/^#/, '')),
    `/students/${r.student}`,
    `/students/${r.student}/connections`,
    `/contacts/${r.contact}`,
    `/employers/${r.employer}`,
    `/events/${r.event}`,
    `/events/${r.event}/check-in`,
    '/setup',
  ];
}

/** The screen's headings in order (those a screen reader lists: rendered, not hidden), as [level, text]. */
function outline(page: Page): Promise<[number, string][]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings
        .filter((h) => h.checkVisibility() && !h.closest('[aria-hidden="true"]'))
        .map((h): [number, string] => [Number(h.tagName.slice(1)), (h.textContent ?? '').trim()]),
    );
}

test('every screen: banner, named navigation and main landmarks, one h1, and no heading level skipped', async ({ page }) => {
  for (const path of await screens(page)) {
    await open(page, path);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    // The window title names the screen or record (2.4.2), not just the app.
    await expect(page, path).toHaveTitle(/.+ · Rapport$/);
    const headings = await outline(page);
    expect(
      headings.filter(([level]) => level === 1),
      `${path}: one h1 in ${JSON.stringify(headings)}`,
    ).toHaveLength(1);
    const skipped = headings.filter(([level], i) => i > 0 && level > (headings[i - 1]?.[0] ?? 0) + 1);
    expect(skipped, `${path}: skipped levels in ${JSON.stringify(headings)}`).toEqual([]);
  }
});

test('the skip link is the first Tab stop, visible when focused, and moves focus to the screen heading', async ({ page }) => {
  await open(page, '/employers');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Employers' })).toBeFocused();
  // The address did not change: the link is not read as a route.
  expect(page.url()).toMatch(/#\/employers$/);
});

test('a change of screen moves focus to the new screen heading, from the navigation and from a link in the old screen', async ({ page }) => {
  await open(page, '/employers');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Contacts' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeFocused();

  // A link inside the screen it replaces: without the move, focus would fall to <body>.
  await page.getByRole('link', { name: 'Hedda Ings' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hedda Ings' })).toBeFocused();
});

test('reflow at 200 % zoom of 1280 px (640 × 450 CSS px): no sideways scrolling, and the navigation folds behind a button', async ({ page }) => {
  const all = await screens(page);
  await page.setViewportSize({ width: 640, height: 450 });
  for (const path of all) {
    await open(page, path);
    // Data tables may scroll sideways inside their own frame (WCAG 1.4.10 allows it); the page itself may not.
    const { scrollWidth, clientWidth } = await page.locator('html').evaluate((html) => ({ scrollWidth: html.scrollWidth, clientWidth: html.clientWidth }));
    expect(scrollWidth, `${path} is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
  }
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Students' })).toBeHidden();
  const burger = page.getByRole('button', { name: 'Navigation' });
  await burger.focus();
  await page.keyboard.press('Enter');
  await expect(burger).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Students' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Students' })).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Students' })).toBeHidden();
});

test('a dialog opened from the keyboard returns focus to its opener; with reduced motion it opens without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, '/employers');
  const opener = page.getByRole('button', { name: 'New employer' });
  const duration = async () => {
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New employer' });
    await expect(dialog).toBeVisible();
    const seconds = await dialog.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).transitionDuration ?? '');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    return seconds;
  };
  expect(await duration()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
});

/** The stacking level an element is drawn at: the z-index of its nearest positioned ancestor that sets one. */
function stackLevel(element: Element): number {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const z = el.ownerDocument.defaultView?.getComputedStyle(el).zIndex ?? 'auto';
    if (z !== 'auto') return Number(z);
  }
  return 0;
}

test('a menu opened while a toast shows is drawn above the toast, so the toast cannot cover its items', async ({ page }) => {
  await open(page, `/students/${records.student}/connections`);
  const logMenu = page.getByRole('button', { name: 'Log', exact: true }).first();
  await logMenu.click();
  await page.getByRole('menuitem', { name: 'Milestone update' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Logged milestone update with Hedda Ings today' });
  await expect(toast).toBeVisible();
  await logMenu.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  expect(await menu.evaluate(stackLevel)).toBeGreaterThan(await toast.evaluate(stackLevel));
  await page.keyboard.press('Escape');
});
