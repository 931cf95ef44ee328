import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusMain, mainId } from './focusMain';

/** Long enough for a record's first query on a large office; after that focus goes to <main> without its h1. */
const waitForHeadingMs = 1_500;

/**
 * After a change of screen, focus moves to the new screen's h1 (WCAG 2.4.3): a single-page app otherwise leaves it
 * on the link that was pressed, or on <body> when that link was part of the old screen. Focus is left alone when it
 * is still on something inside <main> (a tab of the student record, whose sections have their own addresses) or
 * inside a dialog, and on the first screen (the browser starts at the top anyway).
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    const main = document.getElementById(mainId);
    const keep = active !== null && active !== document.body && active.isConnected && (main?.contains(active) || active.closest('[role="dialog"]'));
    if (keep) return;
    const started = performance.now();
    let frame = 0;
    const attempt = () => {
      // A heading that has not rendered yet (the record still loading): try again on the next frame, for a while.
      if (focusMain(performance.now() - started < waitForHeadingMs)) return;
      frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
