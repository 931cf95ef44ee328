import { startTransition, useEffect, useState } from 'react';

/**
 * True once `ready` has been true for a painted frame. What it gates is drawn after the figures that made it ready are
 * on screen, as a transition: the goals chart (recharts measures its box and every tick label) and the cards below
 * the fold otherwise joined the office figures' render and held them off the screen for a quarter of a second.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
