import { describe, expect, it } from 'vitest';
import { locales, t, ui } from './ui.ts';

describe('UI dictionaries', () => {
  it('have the same keys in every locale', () => {
    const keys = Object.keys(ui.id).sort();
    for (const l of locales) expect(Object.keys(ui[l]).sort()).toEqual(keys);
  });
  it('have the same placeholders in every locale', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ui.id) as (keyof typeof ui.id)[]) expect(holes(ui.en[key])).toEqual(holes(ui.id[key]));
  });
  it('fills placeholders', () => {
    expect(t('id', 'step.label', { n: 2, total: 5 })).toBe('Langkah 2 dari 5');
    expect(t('en', 'qualifier.more-than', { n: 50 })).toBe('more than 50');
  });
});

describe('pageLocale', () => {
  it('is the page locale Astro reports, Indonesian outside the i18n routes, and refuses a locale the site lacks', async () => {
    const { pageLocale } = await import('./locales.ts');
    expect(pageLocale('en')).toBe('en');
    expect(pageLocale('id')).toBe('id');
    expect(pageLocale(undefined)).toBe('id');
    expect(() => pageLocale('fr')).toThrow('"fr" is not one of this site\'s locales (id, en)');
  });
});
