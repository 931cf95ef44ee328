import { ActionIcon, AppShell, Badge, Burger, Group, Kbd, NavLink, Text, Tooltip, UnstyledButton, useMantineColorScheme, useMantineTheme } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { Suspense, useState } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { setOfficeTimeZone } from '../components/dates';
import { setOfficeDateFormat } from '../components/format';
import { UnsavedChangesGuard } from '../components/unsavedChanges';
import { navItems, type NavItem } from './navigation';
import { lazyPage } from './lazyPage';
import { mainId } from './focusMain';
import { NotOffered } from './NotOffered';
import { useMayCall, useNavItems } from './session';
import { OfficeSwitchButton } from './office-switch/OfficeSwitchButton';
import { QueueStatus } from '@renderer/api/offline/QueueStatus';
import { SignedInUser } from './SignedInUser';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigate } from './useFocusOnNavigate';
import { useFocusRescue } from './useFocusRescue';

// Ctrl+K's palette is loaded the first time it is asked for, not with the first screen (it brings Spotlight).
const CommandPalette = lazyPage(() => import('./CommandPalette'), 'CommandPalette');

/**
 * Opens the command palette (Ctrl+K, also in a field, and the header's search button). The first time it mounts the
 * palette, which opens itself once its code is in: opened as it mounts, Mantine would not note where focus was, and
 * closing it would leave focus nowhere.
 */
function usePalette() {
  const [wanted, setWanted] = useState(false);
  const open = () => {
    if (wanted) spotlight.open();
    else setWanted(true);
  };
  // From a text field too (no tags ignored): the desk and the caseload open with the cursor in their search.
  useHotkeys([['mod+K', open]], []);
  return { wanted, open };
}

function isActive(itemPath: string, pathname: string): boolean {
  return pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}

/**
 * The page for the address, or what stands in for it: a screen the role is not offered says so (an address
 * typed or kept from another user's session). Home (`/`) picks the first screen for the role (Home.tsx).
 */
function Page({ offered, pathname }: { offered: readonly NavItem[]; pathname: string }) {
  const screen = navItems.find((item) => isActive(item.path, pathname));
  if (screen === undefined || offered.includes(screen)) return <Outlet />;
  // My day is an advisor's own work, a first screen rather than a record: a viewer or the front desk (an address kept
  // from another session) lands on their own first screen, as `/` does, instead of a refusal.
  if (screen.path === '/my-day') return <Navigate to="/" replace />;
  return <NotOffered screen={screen.label} />;
}

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const { pathname } = useLocation();
  const offered = useNavItems();
  const mayCall = useMayCall();
  const palette = usePalette();
  const status = useApiQuery('app.status', {});
  // Every "today" on screen is the office's; set during render so the pages rendered below already use it.
  const settings = useApiQuery('settings.get', {}).data;
  setOfficeTimeZone(settings?.timeZone);
  setOfficeDateFormat(settings?.dateFormat);
  // The same advisor the Losing touch page opens on; refreshed by every write whose effects include keepInTouch.
  const stale = useApiQuery('keepInTouch.staleCount', {}, { enabled: mayCall('keepInTouch.staleCount') }).data?.connections ?? 0;
  useFocusOnNavigate();
  // Below the breakpoint a closed navigation is only moved off screen: hide it too, so Tab does not walk through
  // links nobody can see (WCAG 2.4.7) and it leaves the accessibility tree until the Navigation button opens it.
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.sm})`, true, { getInitialValueInEffect: false });
  useFocusRescue();
  // The window title names the screen (WCAG 2.4.2); a record's page names the record instead (RecordHeader).
  useDocumentTitle(navItems.find((item) => item.path === pathname)?.label.concat(' · Rapport') ?? '');

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <SkipLink />
      <UnsavedChangesGuard />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Navigation" aria-expanded={opened} aria-controls="main-navigation" />
            <Text fw={750} size="lg" c="indigo">
              Rapport
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {status.data?.officeName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {mayCall('search.quick') && (
              <UnstyledButton
                onClick={palette.open}
                aria-keyshortcuts="Control+K"
                px="sm"
                py={6}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, minWidth: 240 }}
              >
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Group gap={6} wrap="nowrap">
                    <IconSearch size={16} stroke={1.6} />
                    {/* The button's name is what it shows (WCAG 2.5.3): no aria-label that says something else. */}
                    <Text size="sm" c="dimmed">
                      Search and commands
                    </Text>
                  </Group>
                  <Kbd size="xs">Ctrl K</Kbd>
                </Group>
              </UnstyledButton>
            )}
            <OfficeSwitchButton />
            <QueueStatus />
            <SignedInUser />
            <Tooltip label={colorScheme === 'dark' ? 'Light theme' : 'Dark theme'}>
              <ActionIcon variant="default" size="lg" onClick={toggleColorScheme} aria-label="Toggle light and dark theme">
                {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation" id="main-navigation" style={wide || opened ? undefined : { visibility: 'hidden' }}>
        {offered.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} />}
            rightSection={
              item.path === '/losing-touch' && stale > 0 ? (
                <Badge size="sm" variant="light" color="orange" title="Connections past their keep-in-touch maximum">
                  {stale}
                </Badge>
              ) : undefined
            }
            active={isActive(item.path, pathname)}
            // Leaving a screen whose form has unsaved changes asks first: UnsavedChangesGuard holds the navigation.
            onClick={close}
            style={{ borderRadius: 8 }}
          />
        ))}
      </AppShell.Navbar>
      {/* Focusable by script only: the skip link's target when the screen has no h1 yet. */}
      <AppShell.Main id={mainId} tabIndex={-1} style={{ outline: 'none' }}>
        <Page offered={offered} pathname={pathname} />
      </AppShell.Main>
      {palette.wanted && (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      )}
    </AppShell>
  );
}
