import { useEffect, useState, type RefObject } from 'react';

/**
 * The height that fills the window from an element's top down (less `gap`), kept as the window resizes: the caseload's
 * scroll area ends at the window's bottom edge, so its header stays in sight while the rows scroll under it and the
 * page itself does not scroll. Never below `min`, so a short window still shows a few rows (the page scrolls then).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, { gap = 16, min = 320 } = {}): number {
  const [height, setHeight] = useState(min);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top;
      if (top !== undefined) setHeight(Math.max(min, Math.floor(window.innerHeight - top - gap)));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    // The page around the table grows when a bar appears above it (a selection), which moves the table down.
    const page = ref.current?.closest('main') ?? document.body;
    observer.observe(page);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, gap, min]);
  return height;
}
