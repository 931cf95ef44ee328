import { Skeleton, Stack } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { Outlet } from 'react-router';

/**
 * A page loaded when its route is first visited, so the first screen does not wait for every other screen's code.
 * Pages are named exports; `name` picks the one to render.
 */
export function lazyPage<K extends string, P extends object = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

/** What a page shows while its code arrives: the shape of a page (a title and a few blocks), never a blank. */
export function PageLoading() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading page">
      <Skeleton h={32} w={280} />
      <Skeleton h={96} />
      <Skeleton h={240} />
    </Stack>
  );
}

/** Layout route: pages inside it load lazily; the Shell's navigation stays on screen while they do. */
export function LazyPages() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}
