import { Anchor } from '@mantine/core';
import { useState, type CSSProperties } from 'react';
import { focusMain } from './focusMain';

/** Off screen but still in the accessibility tree and the tab order (the usual "visually hidden" clip). */
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

const shown: CSSProperties = {
  position: 'fixed',
  top: 8,
  left: 8,
  zIndex: 1000,
  padding: '8px 16px',
  borderRadius: 8,
  background: 'var(--mantine-color-body)',
  border: '2px solid var(--mantine-primary-color-filled)',
};

/**
 * The first stop of the tab order: "Skip to main content", shown while it has focus (WCAG 2.4.1). The app routes
 * by the address's hash, so an in-page `#main` link would be read as a route: the link moves focus itself.
 */
export function SkipLink() {
  const [focused, setFocused] = useState(false);
  return (
    <Anchor
      href="#"
      fw={600}
      style={focused ? shown : hidden}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        event.preventDefault();
        focusMain();
      }}
    >
      Skip to main content
    </Anchor>
  );
}
