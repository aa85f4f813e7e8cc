import { Box, Group, Text } from '@mantine/core';
import classes from '../reporting.module.css';

export interface Meter {
  key: string;
  label: string;
  /** 0–100: how long the bar is. */
  percent: number;
  /** The figures shown at the bar's end, e.g. "120 (80 %)". */
  valueText: string;
  color?: string;
}

/**
 * Horizontal bars drawn with HTML: each bar's label and figures are text, so screen readers and
 * narrow screens read them as they are; the bar itself is decoration.
 */
export function MeterList({ meters, label }: { meters: Meter[]; label: string }) {
  return (
    <Box component="ol" aria-label={label} m={0} p={0} style={{ listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
      {meters.map((meter) => (
        <li key={meter.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {meter.label}
            </Text>
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {meter.valueText}
            </Text>
          </Group>
          <div className={classes.meter} aria-hidden="true">
            <div
              className={classes.meterBar}
              style={{
                width: `${Math.max(0, Math.min(100, meter.percent))}%`,
                background: `var(--mantine-color-${(meter.color ?? 'civitas.6').replace('.', '-')})`,
              }}
            />
          </div>
        </li>
      ))}
    </Box>
  );
}
