import { Anchor, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'civitas',
  colors: {
    // Deep civic blue; shade 7 passes WCAG AA for white text.
    civitas: [
      '#e8f1fb', '#cfdff2', '#a0bde5', '#6d98d8', '#4479cc', '#2a66c6', '#1c5bc0', '#144ba8', '#0b4297', '#003886',
    ],
  },
  primaryShade: 7,
  // Filled controls in a light colour (yellow, say) get dark text rather than white.
  autoContrast: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  components: {
    // Links in running text must not be told apart by colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/**
 * Text colours for each colour the app uses, each at least 4.5:1 on white and on that colour's
 * two lightest shades (measured against Mantine's palette: its default 6th shades of teal, green,
 * yellow and orange are 1.8–2.6:1 on white). Light variants put them on the lightest shade, outline
 * variants on white, filled variants use them as the background under white text.
 */
const READABLE: Record<string, string> = {
  civitas: 'var(--mantine-color-civitas-8)',
  blue: 'var(--mantine-color-blue-9)',
  teal: '#076b4d',
  green: '#1e6b34',
  yellow: '#7a4d00',
  orange: '#9a3d00',
  red: '#a61e1e',
  grape: 'var(--mantine-color-grape-9)',
  gray: 'var(--mantine-color-gray-8)',
};

const readableVariables = Object.fromEntries(
  Object.entries(READABLE).flatMap(([color, value]) => [
    [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
    [`--mantine-color-${color}-light-color`, value],
    [`--mantine-color-${color}-outline`, value],
    [`--mantine-color-${color}-text`, value],
    // the primary colour's filled shade (7) already passes, and keeps its own hover
    ...(color === 'civitas'
      ? []
      : [
          [`--mantine-color-${color}-filled`, value],
          [`--mantine-color-${color}-filled-hover`, `color-mix(in srgb, ${value} 85%, black)`],
        ]),
  ]),
);

/** Mantine's default red (shade 6) is below 4.5:1 on white; errors and the colours above use darker shades to pass WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...readableVariables,
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // 4.7:1 on white: placeholders (and the file input's "choose a file") stay legible.
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
