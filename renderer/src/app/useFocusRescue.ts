import { useEffect } from 'react';
import { mainId } from './focusMain';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Where focus was inside <main>: the element, and, when it sat in a table row, that table and the row's index. */
interface Place {
  element: Element;
  ancestors: Element[];
  table: HTMLTableSectionElement | null;
  row: number;
}

function placeOf(element: Element): Place {
  const ancestors: Element[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) ancestors.push(node);
  const row = element.closest('tr');
  const table = row?.parentElement instanceof HTMLTableSectionElement ? row.parentElement : null;
  return { element, ancestors, table, row: table && row ? [...table.rows].indexOf(row) : -1 };
}

function focusHeading(heading: HTMLElement | null | undefined): boolean {
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** The row now where the removed one was (the next one moved up), else the one before it: its first control. */
function nextRow({ table, row }: Place): boolean {
  if (!table?.isConnected || table.rows.length === 0) return false;
  const target = table.rows[Math.min(row, table.rows.length - 1)]?.querySelector<HTMLElement>(focusable);
  target?.focus();
  return target !== undefined && target !== null;
}

/** The heading of the closest section still on screen (a record's "Goals"), else the screen's h1. */
function nearestHeading({ ancestors }: Place, main: HTMLElement): boolean {
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected || !main.contains(ancestor)) continue;
    const labelledBy = ancestor.getAttribute('aria-labelledby');
    const heading = labelledBy ? document.getElementById(labelledBy) : null;
    if (focusHeading(heading)) return true;
  }
  return focusHeading(main.querySelector<HTMLElement>('h1'));
}

/**
 * After the focused control disappears (its row deleted, its card archived, its button replaced), the browser puts
 * focus on <body> and a keyboard user starts again from the top of the page (WCAG 2.4.3). This puts it on the row
 * that took the deleted one's place, else on the heading of the section it was in, else on the screen's h1.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    const main = document.getElementById(mainId);
    if (!main) return;
    let last: Place | null = null;
    // Kept while focus is in a dialog (a portal outside <main>): the dialog's opener, when its row is deleted by the
    // dialog, is where focus would have returned.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element && main.contains(event.target)) last = placeOf(event.target);
    };
    const observer = new MutationObserver(() => {
      if (!last || last.element.isConnected || document.activeElement !== document.body) return;
      // A dialog that is closing gives focus back itself (Mantine's returnFocus); only a lost focus is rescued.
      if (document.querySelector('[role="dialog"]')) return;
      const place = last;
      last = null;
      if (!nextRow(place)) nearestHeading(place, main);
    });
    document.addEventListener('focusin', onFocusIn);
    // The whole body: a dialog's portal closing is what leaves focus nowhere after a confirmed delete.
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
