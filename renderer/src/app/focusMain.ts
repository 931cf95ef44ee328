/** The id of the Shell's <main>, the skip link's target and where focus lands after a change of screen. */
export const mainId = 'main-content';

/**
 * Moves focus to the screen's heading (its h1), else to <main>, so a screen-reader user hears where they are and
 * Tab continues from the top of the content. Both are made focusable by script only (tabindex -1).
 * `headingOnly`: focus nothing when the screen has no h1 yet (still loading). True when something took focus.
 */
export function focusMain(headingOnly = false): boolean {
  const main = document.getElementById(mainId);
  const heading = main?.querySelector<HTMLElement>('h1') ?? null;
  const target = heading ?? (headingOnly ? null : main);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
  return true;
}
