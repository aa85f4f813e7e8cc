import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'civitas',
  colors: {
    // Deep civic blue; shade 7 passes WCAG AA for white text.
    civitas: [
      '#e8f1fb', '#cfdff2', '#a0bde5', '#6d98d8', '#4479cc', '#2a66c6', '#1c5bc0', '#144ba8', '#0b4297', '#003886',
    ],
  },
  primaryShade: 7,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
});

/** Mantine's default red (shade 6) is below 4.5:1 on white; errors use darker shades to pass WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-teal-light-color': 'var(--mantine-color-teal-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
