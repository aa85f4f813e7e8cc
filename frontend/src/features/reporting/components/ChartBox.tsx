import type { ReactNode } from 'react';
import classes from '../reporting.module.css';

/**
 * A chart in its own box: it keeps `minWidth` and scrolls sideways inside the box on a narrow
 * screen rather than the page. The picture is hidden from screen readers: the numbers are in the
 * table or labels next to it. The box takes focus so the keyboard can scroll it.
 */
export function ChartBox({ label, minWidth = 0, children, testId }: { label: string; minWidth?: number; children: ReactNode; testId?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={classes.chartBox} data-testid={testId}>
      <div aria-hidden="true" style={{ minWidth }}>
        {children}
      </div>
    </div>
  );
}
