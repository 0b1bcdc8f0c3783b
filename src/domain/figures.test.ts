import { describe, expect, it } from 'vitest';
import { figureList, figures } from './figures.ts';
import { fixtureDataset } from './fixtures/dataset.ts';
import { readDataset } from '../site/read-dataset.ts';
import { byVerification, cohortAtMonthEnds, hiresIn, WAVE } from './series.ts';

describe('figures on the fixture dataset', () => {
  const f = figures(fixtureDataset());
  it.each([
    ['wave.hires', 3],
    ['wave.dated', 2],
    ['wave.undated', 1],
    ['wave.undated.noDates', 1],
    ['wave.month.2025-06.from.openai', 1],
    ['wave.month.2025-07.from.apple', 1],
    ['cohort.size', 4],
    ['cohort.neverStarted', 1],
    ['cohort.atMsl.2025-06', 1],
    ['cohort.atMsl.2025-08', 2],
    ['cohort.atMsl.2025-09', 3],
    ['cohort.atMsl.2026-02', 2],
    ['departures', 3],
    ['departures.planned', 1],
    ['departures.2025', 2],
    ['departures.2026', 1],
    ['departures.2025.summer', 1],
    ['departures.2025.earlier', 1],
    ['departures.month.2025-11', 1],
    ['departures.to.openai', 2],
    ['departures.to.undisclosed', 1],
    ['tenure.budi', 7],
    ['tally.wired', undefined],
  ])('%s = %s', (key, value) => {
    expect(f[key]).toBe(value);
  });
  it('gives every figure a meaning', () => {
    for (const fig of figureList(fixtureDataset())) expect(fig.meaning.length, fig.key).toBeGreaterThan(10);
  });
});

/** The one snapshot of the real dossier's figures: a correction to the data changes this test, and only this one. */
describe('figures of the real dossier', () => {
  it('match the counts the dossier supports (shared/facts/README.md)', () => {
    const f = figures(readDataset(process.cwd()));
    expect({
      hires: f['wave.hires'],
      dated: f['wave.dated'],
      undated: f['wave.undated'],
      byOrigin: [f['wave.from.openai'], f['wave.from.google'], f['wave.from.scale'], f['wave.from.apple'], f['wave.from.startup'], f['wave.from.anthropic']],
      departures2025: f['departures.2025'],
      summerLeft2025: f['departures.2025.summer'],
      cohort: f['cohort.size'],
      atMslEnd2025: f['cohort.atMsl.2025-12'],
      tallies: [f['tally.wired'], f['tally.wsj']],
    }).toEqual({ hires: 43, dated: 32, undated: 11, byOrigin: [15, 9, 7, 6, 4, 2], departures2025: 15, summerLeft2025: 2, cohort: 45, atMslEnd2025: 43, tallies: [11, 50] });
    const data = readDataset(process.cwd());
    // June 2025 to February 2026: Song on record in September with the eleven undated recruits, Sun among them (July is his start, not a report).
    expect(cohortAtMonthEnds(data, { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } }).atMsl).toEqual([17, 28, 31, 43, 43, 43, 43, 43, 42]);
    expect(hiresIn(data, WAVE, { includeUndated: true }).filter((p) => p.hireReported === null).map((p) => p.id)).toContain('zhiqing-sun');
    expect(byVerification(hiresIn(data, WAVE, { includeUndated: true }))).toEqual({ confirmed: 32, 'secondary-only': 11 });
  });
});
