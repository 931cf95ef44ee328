// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '@renderer/features/dashboard/useAfterPaint';

// The dashboard's goals chart waits for the other figures: useAfterPaint turns true only after they are ready and a
// frame has been painted with them, and stays true (a refetch does not hide the chart again).
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('useAfterPaint', () => {
  it('stays false while not ready, however many frames pass', async () => {
    const { result } = renderHook(() => useAfterPaint(false));
    await act(nextFrame);
    await act(nextFrame);
    expect(result.current).toBe(false);
  });

  it('turns true a painted frame after ready, not in the render that made it ready, and stays true', async () => {
    const { result, rerender } = renderHook(({ ready }) => useAfterPaint(ready), { initialProps: { ready: false } });
    rerender({ ready: true });
    expect(result.current).toBe(false);
    await act(async () => {
      await nextFrame();
      await nextFrame();
    });
    expect(result.current).toBe(true);
    rerender({ ready: false });
    expect(result.current).toBe(true);
  });
});
