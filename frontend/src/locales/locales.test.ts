import { describe, expect, it } from 'vitest';
import en from './en.json';
import uk from './uk.json';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const ukFlat = flatten(uk);
  const enFlat = flatten(en);

  it('uk.json and en.json have exactly the same keys', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(ukFlat).sort());
  });

  it('every text is a non-empty string', () => {
    for (const [key, value] of [...Object.entries(ukFlat), ...Object.entries(enFlat)]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('both languages use the same interpolation placeholders', () => {
    for (const key of Object.keys(ukFlat)) {
      expect(placeholders(enFlat[key]), key).toEqual(placeholders(ukFlat[key]));
    }
  });
});
