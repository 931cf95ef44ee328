import {
  Combobox,
  DEFAULT_THEME,
  Modal,
  Notification,
  Popover,
  Tooltip,
  createTheme,
  getDefaultZIndex,
  darken,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// A contrast-safe theme (WCAG 2.1 AA, 1.4.3): every colour text is drawn in is at least 4.5:1 on the surfaces it sits
// on, in the light and the dark scheme. Mantine's defaults are not (primary #4c6ef5 on white 4.32:1, dimmed #868e96
// 3.32:1, a yellow light badge 2.68:1), so the shades text uses are chosen here by measuring, not by eye: the first
// shade of a colour that reads on every background it meets, else its last shade darkened (lightened) until it does.

const minimum = 4.5;
/** Toasts are drawn at Mantine's overlay level (400), over every dialog; menus, selects and tooltips above them. */
const aboveToasts = getDefaultZIndex('overlay') + 100;
/** WCAG 1.4.11: the boundary of a control (a field, a checkbox) against what surrounds it. */
const boundary = 3;
const { gray, dark } = DEFAULT_THEME.colors;
const white = DEFAULT_THEME.white;

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The first candidate that reads on every background; failing all, the last one moved `towards` until it does. */
function readable(candidates: readonly string[], backgrounds: readonly string[], towards: 'darker' | 'lighter', ratio = minimum): string {
  const reads = (colour: string) => backgrounds.every((bg) => contrast(colour, bg) >= ratio);
  const found = candidates.find(reads);
  if (found) return found;
  const last = candidates[candidates.length - 1] ?? gray[9];
  for (let step = 0.05; step < 1; step += 0.05) {
    const moved = towards === 'darker' ? darken(last, step) : lighten(last, step);
    if (reads(moved)) return moved;
  }
  return towards === 'darker' ? DEFAULT_THEME.black : white;
}

// The surfaces text sits on: the body, cards and table stripes (gray-0/1 light, dark-7/6/5 dark).
const lightSurfaces = [white, gray[0], gray[1]];
const darkSurfaces = [dark[7], dark[6], dark[5]];

/** A colour's text shades: `c="red"`, outline and light/subtle variants (on its own pale background), anchors. */
function textShades(name: string, tuple: MantineColorsTuple) {
  // On its pale background (shade 1) and that background's hover (shade 2).
  const lightText = readable([tuple[7], tuple[8], tuple[9]], [...lightSurfaces, tuple[1], tuple[2]], 'darker');
  // The dark scheme's light variant sits on the colour's 9th shade darkened by half (Mantine's own formula).
  const darkText = readable([tuple[4], tuple[3], tuple[2], tuple[1], tuple[0]], [...darkSurfaces, darken(tuple[9], 0.5)], 'lighter');
  return {
    light: { [`--mantine-color-${name}-text`]: lightText, [`--mantine-color-${name}-outline`]: lightText, [`--mantine-color-${name}-light-color`]: lightText },
    dark: { [`--mantine-color-${name}-text`]: darkText, [`--mantine-color-${name}-outline`]: darkText },
  };
}

const primaryColor = 'indigo';
const colourTexts = Object.entries(DEFAULT_THEME.colors).filter(([name]) => name !== 'dark');
// Dimmed text also sits on tinted panels (a highlighted row or card: any colour's shade 1).
const lightDimmed = readable([gray[6]], [...lightSurfaces, gray[2], ...colourTexts.map(([, tuple]) => tuple[1])], 'darker');
const darkDimmed = readable([dark[2]], darkSurfaces, 'lighter');
// Fields and checkboxes sit on white / dark-6 inside cards (contrast.css uses it).
const lightControlBorder = readable([gray[5], gray[6]], lightSurfaces, 'darker', boundary);
const darkControlBorder = readable([dark[3], dark[2]], darkSurfaces, 'lighter', boundary);

const contrastSafeVariables: CSSVariablesResolver = () => {
  const light: Record<string, string> = {};
  const darkScheme: Record<string, string> = {};
  for (const [name, tuple] of colourTexts) {
    const shades = textShades(name, tuple);
    Object.assign(light, shades.light);
    Object.assign(darkScheme, shades.dark);
  }
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-dimmed': lightDimmed,
      '--rapport-control-border': lightControlBorder,
      '--mantine-color-placeholder': lightDimmed,
      '--mantine-color-anchor': `var(--mantine-color-${primaryColor}-text)`,
      '--mantine-color-error': 'var(--mantine-color-red-text)',
      '--mantine-color-success': 'var(--mantine-color-teal-text)',
    },
    dark: {
      ...darkScheme,
      '--mantine-color-dimmed': darkDimmed,
      '--rapport-control-border': darkControlBorder,
      '--mantine-color-placeholder': darkDimmed,
      '--mantine-color-anchor': `var(--mantine-color-${primaryColor}-text)`,
      '--mantine-color-error': 'var(--mantine-color-red-text)',
      '--mantine-color-success': 'var(--mantine-color-teal-text)',
    },
  };
};

export const theme = createTheme({
  primaryColor,
  // Filled controls use the 8th shade in both schemes, and autoContrast writes black or white on it by luminance.
  // 0.183 is where white still reaches 4.5:1 (and black already does, from 0.175), so either choice passes.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.183,
  respectReducedMotion: true,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine's close button is an unlabelled ×: screen readers would announce "button".
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
    // Mantine keeps every closed Select's options in the document (hidden), and places each hidden list as the page
    // mounts: the dashboard's filter bar drew a hundred options nobody had opened and made the browser work out the page's
    // styles in the middle of its first render. The list is drawn when it opens; a closed combobox names no list
    // (aria-controls is set only while open), so nothing points at a missing element.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // Toasts sit above dialogs (a toast raised from a dialog must show), and by Mantine's default above menus too: a row's
    // menu opened at the foot of the window while a toast showed there was half covered and lost its clicks. What the
    // advisor just opened goes on top. Menus and selects are popovers underneath.
    Popover: Popover.extend({ defaultProps: { zIndex: aboveToasts } }),
    Tooltip: Tooltip.extend({ defaultProps: { zIndex: aboveToasts } }),
  },
});

/** Passed to MantineProvider beside the theme: the text colours above, as CSS variables per scheme. */
export const cssVariablesResolver = contrastSafeVariables;
