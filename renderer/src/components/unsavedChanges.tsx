import { Modal, type ModalProps, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

// Forms with changes not yet saved register here (useEntityForm, the Settings sections), so that closing a modal,
// leaving the screen (a link, the navigation, the browser's Back or Forward), or closing or reloading the tab asks
// before their changes are lost.
const dirtyChecks = new Set<{ current: () => boolean }>();

export function hasUnsavedChanges(): boolean {
  for (const check of dirtyChecks) if (check.current()) return true;
  return false;
}

function warnBeforeUnload(event: BeforeUnloadEvent): void {
  if (!hasUnsavedChanges()) return;
  // The browser shows its own "Leave site?" question; the text is not shown any more, but preventDefault is needed.
  event.preventDefault();
}

/** Registers a form's "has unsaved changes" while it is on screen. */
export function useUnsavedChanges(isDirty: () => boolean): void {
  const check = useRef(isDirty);
  // The latest render's question (its values); asked later, from an event.
  useEffect(() => {
    check.current = isDirty;
  });
  useEffect(() => {
    dirtyChecks.add(check);
    if (dirtyChecks.size === 1) window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      dirtyChecks.delete(check);
      if (dirtyChecks.size === 0) window.removeEventListener('beforeunload', warnBeforeUnload);
    };
  }, []);
}

/** Runs `proceed` at once when nothing is unsaved; otherwise asks first, and runs it only if the changes may go. */
export function confirmDiscard(proceed: () => void, stay?: () => void): void {
  if (!hasUnsavedChanges()) return proceed();
  let leaving = false;
  modals.openConfirmModal({
    title: 'Discard unsaved changes?',
    children: <Text size="sm">You have changes that are not saved yet. If you leave now they are lost.</Text>,
    labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
    confirmProps: { color: 'red' },
    // Above any form modal it guards.
    zIndex: 1000,
    onConfirm: () => {
      leaving = true;
      proceed();
    },
    // Keep editing, Escape, the close button: the changes stay (onClose follows a confirm too, hence `leaving`).
    onClose: () => {
      if (!leaving) stay?.();
    },
  });
}

/**
 * Holds every change of screen while a form has unsaved changes — a link, the navigation, the browser's Back or
 * Forward, a script's navigate — and asks first (needs the data router, App.tsx). A change within the same screen (a
 * Settings section, the caseload's filters in the address) is the screen's own business.
 */
export function UnsavedChangesGuard() {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges());
  useEffect(() => {
    if (blocker.state === 'blocked') confirmDiscard(blocker.proceed, blocker.reset);
  }, [blocker]);
  return null;
}

/** A form's modal: Escape, the close button and a click outside ask before unsaved changes are thrown away. */
export function FormModal({ onClose, ...props }: ModalProps) {
  return <Modal {...props} onClose={() => confirmDiscard(onClose)} />;
}
