import { describe, expect, it } from 'vitest';
import { figures } from './figures.ts';
import { readDataset } from './read-dataset.ts';

describe('figures quoted in prose', () => {
  it('match the dossier counts', () => {
    expect(figures(readDataset(process.cwd()))).toEqual({
      people: 61,
      events: 28,
      sources: 81,
      'wave.hires': 43,
      'wave.dated': 33,
      'wave.undated': 10,
      'wave.confirmed': 32,
      'wave.secondary': 11,
      'wave.from.openai': 15,
      'wave.from.google': 9,
      'wave.from.scale': 7,
      'wave.from.apple': 6,
      'wave.from.startup': 4,
      'wave.from.anthropic': 2,
      'october.hires': 3,
      'cohort.size': 45,
      'cohort.left2025': 2,
      'cohort.remaining.2025-12': 43,
      'cohort.remaining.2026-02': 42,
      'departures.2025': 15,
      'departures.2025.earlier': 13,
      'departures.august': 11,
      'departures.august.earlier': 9,
      'departures.to.openai': 6,
      'departures.undisclosed': 4,
    });
  });
});
