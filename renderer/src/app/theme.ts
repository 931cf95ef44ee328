import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  // Transitions (modals, menus, toasts) run in 0 ms when the system asks for reduced motion (WCAG 2.3.3).
  respectReducedMotion: true,
});
