import { Button, Menu, Text } from '@mantine/core';
import { IconBookmark, IconCheck, IconChevronDown, IconDeviceFloppy, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import type { ViewParams } from '@shared/api/views';
import { useApiQuery } from '@renderer/api/hooks';
import { ManageViewsModal } from './ManageViewsModal';
import { graduatingClassYear } from '@renderer/features/readiness/readinessDisplay';
import { SaveViewModal } from './SaveViewModal';
import { builtInViews, showsView, viewParamsOf } from './viewParams';

interface ViewsMenuProps {
  params: URLSearchParams;
  /** The `cols` value of the columns on screen, saved with a view. */
  cols: string;
  onApply: (params: ViewParams) => void;
}

/** "Views": the built-in views, the office's saved ones, and saving the list as it is now. */
export function ViewsMenu({ params, cols, onApply }: ViewsMenuProps) {
  const saved = useApiQuery('views.list', { page: 'students' });
  const settings = useApiQuery('settings.get', {});
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const builtIn = builtInViews(graduatingClassYear(), settings.data?.currentAdvisorId ?? null);
  const views = saved.data ?? [];
  const current = [...builtIn, ...views].find((view) => showsView(params, view.params));
  const mark = (viewParams: ViewParams) => (showsView(params, viewParams) ? <IconCheck size={16} aria-label="Shown now" /> : null);

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={300}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} rightSection={<IconChevronDown size={14} />}>
            {current ? `View: ${current.name}` : 'Views'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Built in</Menu.Label>
          {builtIn.map((view) => (
            <Menu.Item key={view.key} onClick={() => onApply(view.params)} rightSection={mark(view.params)}>
              <Text size="sm">{view.name}</Text>
              <Text size="xs" c="dimmed">
                {view.description}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Label>Saved views</Menu.Label>
          {saved.isPending && <Menu.Item disabled>Loading…</Menu.Item>}
          {saved.isError && <Menu.Item disabled>The saved views could not be loaded.</Menu.Item>}
          {saved.isSuccess && views.length === 0 && <Menu.Item disabled>None yet</Menu.Item>}
          {views.map((view) => (
            <Menu.Item key={view.id} onClick={() => onApply(view.params)} rightSection={mark(view.params)}>
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)}>
            Save current view…
          </Menu.Item>
          <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => setManaging(true)} disabled={views.length === 0}>
            Manage saved views…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal opened={saving} params={viewParamsOf(params, cols)} onClose={() => setSaving(false)} />
      <ManageViewsModal
        opened={managing}
        views={views}
        onApply={(view) => {
          setManaging(false);
          onApply(view.params);
        }}
        onClose={() => setManaging(false)}
      />
    </>
  );
}
