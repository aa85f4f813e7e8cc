import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useEffectEvent, useState } from 'react';
import { useSearchParams } from 'react-router';

const TYPING_PAUSE_MS = 300;

type Values = Record<string, string | undefined>;

/**
 * A list screen's filters, kept in the URL so that reload, back and shared links keep them.
 * `textKeys` name the typed filters (search boxes): their inputs are written to the URL once
 * typing pauses, all changed ones in one navigation; URL changes do not echo back into the boxes.
 */
export function useUrlFilters<K extends string = never>(textKeys: readonly K[] = []) {
  const [params, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  /** Sets several parameters in one navigation; any change but the page's goes back to page 1. */
  const setParams = (values: Values) =>
    setSearchParams(
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
  const setParam = (key: string, value: string | undefined) => setParams({ [key]: value });

  const fromUrl = () => Object.fromEntries(textKeys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const [texts, setTexts] = useState(fromUrl);
  const [typed] = useDebouncedValue(texts, TYPING_PAUSE_MS);
  const writeTyped = useEffectEvent((values: Record<K, string>) => {
    const changed: Values = {};
    for (const key of textKeys) {
      const value = values[key].trim();
      if (value !== (params.get(key) ?? '')) changed[key] = value;
    }
    if (Object.keys(changed).length > 0) setParams(changed);
  });
  useEffect(() => writeTyped(typed), [typed]);
  const setText = (key: K, value: string) => setTexts((previous) => ({ ...previous, [key]: value }));

  const clear = () => {
    setTexts(Object.fromEntries(textKeys.map((key) => [key, ''])) as Record<K, string>);
    setSearchParams(new URLSearchParams(), { replace: true });
  };
  return { params, page, setParam, setParams, clear, texts, setText };
}
