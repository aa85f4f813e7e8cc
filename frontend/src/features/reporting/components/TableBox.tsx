import type { ReactNode } from 'react';
import classes from '../reporting.module.css';

/**
 * A table that keeps `minWidth` and scrolls sideways inside its own box on a narrow screen. The box
 * is a named region that takes focus, so it can be scrolled with the keyboard too.
 */
export function TableBox({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={classes.chartBox}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
