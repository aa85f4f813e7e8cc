import { useState } from 'react';

/**
 * Keeps showing the last non-null value while a modal plays its closing transition,
 * so its title and text do not flip or vanish as it fades out.
 */
export function useLastDefined<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
