import { Suspense } from 'react';
import { isDesktop } from '@renderer/api/desktopOffice';
import { lazyPage } from '../lazyPage';

// Only the desktop app switches offices: a browser never shows the switch, so it never loads its code (the connect
// form, the sign-in buttons).
const OfficeSwitch = lazyPage(() => import('./OfficeSwitch'), 'OfficeSwitch');

/** The desktop app's "which office is open" button (OfficeSwitch), loaded there; nothing in a browser. */
export function OfficeSwitchButton() {
  if (!isDesktop()) return null;
  return (
    <Suspense fallback={null}>
      <OfficeSwitch />
    </Suspense>
  );
}
