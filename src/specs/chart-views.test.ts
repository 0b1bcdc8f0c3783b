/**
 * What issue 14 asks of the charts, on the real dossier: axes that hold still
 * across steps, verification shading on every chart that counts people, the
 * cohort as one mark per person, and tenure as the range partial dates leave.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { describeState } from './describe.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import { legendEntries } from './legend.ts';
import { charts } from './registry.ts';
import { toChartConfig, valueDomainMax, type BarConfig, type Theme } from './to-chartjs.ts';
import { describePoint, move } from './explore.ts';
import { summerCohort } from '../domain/series.ts';
import { exploreUi } from '../i18n/explore.ts';

const data = readDataset(process.cwd());
const theme: Theme = {
  colours: { openai: '#000000', google: '#0072b2', scale: '#e69f00', apple: '#555555', anthropic: '#cc79a7', startup: '#009e73', meta: '#0072b2', other: '#777777' },
  text: '#111111',
  grid: '#eeeeee',
  font: 'sans-serif',
  reducedMotion: true,
};
const wave = charts['hiring-wave'](data, 'id');

describe('the value axis holds still across steps', () => {
  it('spans the whole series when a step stops at a date, so one early bar does not fill the height', () => {
    const weekly = wave.views[0]!;
    const early = (toChartConfig(weekly, { until: '2025-06-15' }, theme) as BarConfig).options.scales.y;
    const all = (toChartConfig(weekly, {}, theme) as BarConfig).options.scales.y;
    expect(early).toMatchObject({ suggestedMax: valueDomainMax(weekly) });
    expect(all).toMatchObject({ suggestedMax: valueDomainMax(weekly) });
    // The largest week in all (stacked), not the largest shown by 15 June.
    const totals = weekly.labels.map((_, i) => weekly.series.reduce((s, x) => s + (x.data[i] ?? 0), 0));
    expect(valueDomainMax(weekly)).toBe(Math.max(...totals));
  });
  it("gives way to a step's own max", () => {
    const y = (toChartConfig(wave.views[0]!, { max: 30 }, theme) as BarConfig).options.scales.y;
    expect(y).toMatchObject({ max: 30 });
    expect(y).not.toHaveProperty('suggestedMax');
  });
});

describe('verification shading on every chart that counts people', () => {
  const views = Object.values(charts).flatMap((chart) => chart(data, 'id').views.filter((v) => v.key !== 'tallies'));
  it.each(views.map((v) => [v.key, v] as const))('%s: pale parts for secondary-only people, one legend entry for them', (_, view) => {
    const paleCount = view.series.filter((s) => s.tone === 'light').reduce((sum, s) => sum + s.data.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    const legend = legendEntries(view, 'id');
    if (paleCount > 0) expect(legend.filter((e) => e.tone === 'light')).toHaveLength(1);
  });
  it('splits the undated hires into the 11 secondary-only facts the dossier has', () => {
    const weekly = wave.views[0]!;
    const undated = weekly.labels.length - 1;
    const pale = weekly.series.filter((s) => s.of).reduce((sum, s) => sum + (s.data[undated] ?? 0), 0);
    expect(pale).toBe(data.people.filter((p) => p.category === 'hire' && p.verification !== 'confirmed').length);
  });
  it('lights a pale part with the series it belongs to', () => {
    const config = toChartConfig(wave.views[0]!, { highlight: ['openai'] }, theme) as BarConfig;
    const pale = config.data.datasets.find((d) => d.label === 'OpenAI (hanya sekunder)')!;
    expect(pale.backgroundColor.at(-1)).toBe('rgba(0, 0, 0, 0.4)');
  });
});

describe('retention: one mark per summer recruit', () => {
  const spec = charts.retention(data, 'id');
  const view = spec.views[0]!;
  it('has a mark for each of the 45, in bands by where they stand', () => {
    expect(view.labels).toHaveLength(summerCohort(data).length);
    expect(view.units!.groups.map((g) => [g.key, g.count])).toEqual([
      ['at-msl', 42],
      ['left', 2],
      ['never-started', 1],
    ]);
    expect(view.units!.groups.reduce((s, g) => s + g.count, 0)).toBe(45);
  });
  it('never puts two marks on one spot', () => {
    const spots = view.units!.marks.map((m) => `${m.col},${m.row}`);
    expect(new Set(spots).size).toBe(spots.length);
  });
  it('says when and where each one who left went, and who never started', () => {
    expect(view.units!.notes.filter(Boolean)).toEqual([
      'Ruoming Pang, keluar Februari 2026',
      'Ethan Knight, kepergian dilaporkan 26–27 Agustus 2025',
      'Avi Verma, tidak pernah mulai bekerja',
    ]);
    expect(spec.views[1]!.units!.notes.filter(Boolean)).toEqual(['Ruoming Pang, ke OpenAI', 'Ethan Knight, ke OpenAI', 'Avi Verma, ke OpenAI']);
  });
  it('draws the secondary-only people pale, together at the end of their band', () => {
    const pale = view.series.find((s) => s.key === 'at-msl:secondary')!;
    const idx = pale.data.flatMap((v, i) => (v === null ? [] : [i]));
    expect(idx).toEqual(Array.from({ length: idx.length }, (_, k) => 42 - idx.length + k));
  });
  it('shows notes only for the people a step highlights', () => {
    const notes = (state: object) => (toChartConfig(view, state, theme).options.plugins as { unitLabels: { notes: { text: string }[] } }).unitLabels.notes.map((n) => n.text);
    expect(notes({})).toEqual([]);
    expect(notes({ highlight: ['left'] })).toEqual(['Ruoming Pang, keluar Februari 2026', 'Ethan Knight, kepergian dilaporkan 26–27 Agustus 2025']);
  });
  it('reads its bands in the description, not a sum of ones', () => {
    expect(describeState('Kohort', spec.views, {}, chartStrings('id'))).toContain('Tercatat di MSL: 42; Keluar: 2; Tidak pernah mulai: 1.');
  });
  it('walks person by person with the keyboard, Down to the next band', () => {
    const first = move(view, {}, null, 'ArrowRight')!;
    expect(first.category).toBe(0);
    const down = move(view, {}, first, 'ArrowDown')!;
    expect(view.labels[down.category]).toBe('Ruoming Pang');
    expect(describePoint(view, {}, spec.views[0]!.details, down, exploreUi.id)).toMatch(/^Ruoming Pang: Keluar\. Orang 43 dari 45\. Asal: Apple; .*keluar Februari 2026/);
  });
});

describe('tenure of those who left, as ranges', () => {
  const tenure = charts.departures(data, 'id').views.find((v) => v.key === 'tenure')!;
  it('lists the leavers with a reported start, the range their dates leave open, never one invented length', () => {
    expect(tenure.table.rows.map((r) => [r[0], r[3]])).toEqual([
      ['Ruoming Pang', '6–8 bulan'],
      ['Aurko Roy', '4–6 bulan'],
      ['Rishabh Agarwal', '4–5 bulan'],
    ]);
    const range = tenure.series.find((s) => s.tone === 'range')!;
    expect(range.data.every((v) => (v ?? 0) > 0)).toBe(true);
  });
  it('reads a range as its words', () => {
    expect(describeState('Lama', [tenure], {}, chartStrings('id'))).toContain('Ruoming Pang: 6–8 bulan');
  });
});
