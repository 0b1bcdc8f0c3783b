import { describe, expect, it } from 'vitest';
import { exploreUi, te } from './explore.ts';
import { locales } from './ui.ts';

describe('explorer dictionaries', () => {
  it('have the same keys and placeholders in every locale', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const l of locales) {
      expect(Object.keys(exploreUi[l]).sort()).toEqual(Object.keys(exploreUi.id).sort());
      for (const [key, text] of Object.entries(exploreUi.id)) expect(holes(exploreUi[l][key as keyof typeof exploreUi.id]), `${l}: ${key}`).toEqual(holes(text));
    }
  });
  it('fills placeholders', () => {
    expect(te('id', 'position', { i: 2, n: 5 })).toBe('Batang 2 dari 5.');
    expect(te('en', 'position', { i: 2, n: 5 })).toBe('Bar 2 of 5.');
  });
});
