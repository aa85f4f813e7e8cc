import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const DEBOUNCE_MS = 300;

type Values = Record<string, string | undefined>;

/** Filters live in the URL so that reload, back and shared links keep them. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  /** Sets several parameters in one navigation; any change but the page's goes back to page 1. */
  const setParamValues = (values: Values) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(values)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in values)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const setParam = (key: string, value: string | undefined) => setParamValues({ [key]: value });
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { params, page, setParam, setParamValues, clear };
}

/**
 * Text filters' inputs, written to the URL once typing pauses (all changed ones in one go). Only
 * the debounced inputs drive the URL; URL changes do not echo back into the boxes.
 */
export function useDebouncedTextFilters<K extends string>(
  current: Record<K, string>,
  setParamValues: (values: Values) => void,
) {
  const [texts, setTexts] = useState(current);
  const [debounced] = useDebouncedValue(texts, DEBOUNCE_MS);
  useEffect(() => {
    const changed: Values = {};
    for (const key of Object.keys(debounced) as K[]) {
      const value = debounced[key].trim();
      if (value !== current[key]) changed[key] = value;
    }
    if (Object.keys(changed).length > 0) setParamValues(changed);
  }, [debounced]);
  const setText = (key: K, value: string) => setTexts((previous) => ({ ...previous, [key]: value }));
  return { texts, setText, setTexts };
}
