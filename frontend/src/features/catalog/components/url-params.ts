import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const SEARCH_DEBOUNCE_MS = 300;

/** Filters live in the URL so that reload, back and shared links keep them. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { params, page, setParam, clear };
}

/**
 * The search box's text, written to the URL's `q` once typing pauses. Only the debounced input
 * drives the URL; URL changes do not echo back into the box.
 */
export function useDebouncedSearch(q: string, setParam: (key: string, value: string | undefined) => void) {
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debouncedSearch.trim() !== q) setParam('q', debouncedSearch.trim());
  }, [debouncedSearch]);
  return [search, setSearch] as const;
}
