import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { describePoint, move, shownCategories, soundValues, tones, type Position } from './explore.ts';
import { charts } from './registry.ts';

const data = readDataset(process.cwd());
const wave = charts['hiring-wave'](data, 'id');
const weekly = wave.views[0]!;
const waveEn = charts['hiring-wave'](data, 'en').views[0]!;
const origins = charts.origins(data, 'id').views[0]!;
const june15 = { until: '2025-06-15', mark: '2025-06-12', markLabel: '12 Juni: kesepakatan Scale AI' };

describe('shownCategories', () => {
  it('is every bar of a full view, and only the bars up to a step that stops at a date', () => {
    expect(shownCategories(weekly, {})).toEqual(weekly.labels.map((_, i) => i));
    const shown = shownCategories(weekly, { until: '2025-06-15' });
    expect(shown.map((i) => weekly.labels[i])).toEqual(weekly.labels.slice(0, shown.length));
    expect(shown.at(-1)).toBe(weekly.categoryDays!.findLastIndex((d) => d !== null && d <= Date.parse('2025-06-15T00:00:00Z') / 86_400_000));
  });
});

describe('move', () => {
  const last = weekly.labels.length - 1;
  const lastSeries = weekly.series.length - 1;
  it.each<[Position | null, string, Position | null]>([
    [null, 'ArrowRight', { category: 0, series: 0 }],
    [null, 'ArrowDown', { category: 0, series: 0 }],
    [null, 'Home', { category: 0, series: 0 }],
    [null, 'End', { category: last, series: 0 }],
    [null, 'ArrowLeft', { category: last, series: 0 }],
    [{ category: 0, series: 0 }, 'ArrowRight', { category: 1, series: 0 }],
    [{ category: 0, series: 0 }, 'ArrowLeft', { category: 0, series: 0 }],
    [{ category: last, series: 1 }, 'ArrowRight', { category: last, series: 1 }],
    [{ category: 3, series: 1 }, 'Home', { category: 0, series: 1 }],
    [{ category: 3, series: 1 }, 'End', { category: last, series: 1 }],
    [{ category: 3, series: 0 }, 'ArrowDown', { category: 3, series: 1 }],
    [{ category: 3, series: lastSeries }, 'ArrowDown', { category: 3, series: lastSeries }],
    [{ category: 3, series: 1 }, 'ArrowUp', { category: 3, series: 0 }],
    [{ category: 3, series: 0 }, 'ArrowUp', { category: 3, series: 0 }],
    [{ category: 3, series: 0 }, 'Enter', null],
    [{ category: 3, series: 0 }, 'a', null],
  ])('from %o, %s goes to %o', (at, key, to) => {
    expect(move(weekly, {}, at, key)).toEqual(to);
  });

  it('stays on the bars the step shows: End is the last bar before its date', () => {
    const shown = shownCategories(weekly, june15);
    expect(move(weekly, june15, { category: 0, series: 0 }, 'End')).toEqual({ category: shown.at(-1), series: 0 });
    expect(move(weekly, june15, { category: shown.at(-1)!, series: 0 }, 'ArrowRight')).toEqual({ category: shown.at(-1), series: 0 });
  });

  it('continues from the nearest bar shown when a step hid the one the reader was on', () => {
    const shown = shownCategories(weekly, june15);
    expect(move(weekly, june15, { category: last, series: 0 }, 'ArrowLeft')).toEqual({ category: shown.at(-2), series: 0 });
  });
});

describe('describePoint', () => {
  it('reads category, series, value, the bar total, its place, the marker and the names with their dates', () => {
    const bar = weekly.labels.indexOf('9 Jun');
    const scale = weekly.series.findIndex((s) => s.key === 'scale');
    const text = describePoint(weekly, june15, weekly.details as string[][], { category: bar, series: scale }, 'id');
    const n = shownCategories(weekly, june15).length;
    const scaleValue = weekly.series[scale]!.data[bar];
    const total = weekly.series.reduce((sum, s) => sum + (s.data[bar] ?? 0), 0);
    expect(text).toBe(
      `9 Jun, Scale AI: ${scaleValue}. Total batang ini: ${total}. Batang ${bar + 1} dari ${n}. Penanda langkah ini: 12 Juni: kesepakatan Scale AI. ` +
        'Alexandr Wang (12 Juni 2025); Jack Rae (12 Juni 2025); Johan Schalkwyk (12 Juni 2025).',
    );
  });

  it('reads in English on the English page, with the dates as reported', () => {
    const bar = waveEn.labels.findIndex((_, i) => (waveEn.details[i] ?? []).some((d) => / – |–/.test(d)));
    expect(bar, 'a week with a date range').toBeGreaterThanOrEqual(0);
    const text = describePoint(waveEn, {}, waveEn.details as string[][], { category: bar, series: 0 }, 'en');
    expect(text).toMatch(new RegExp(`^${waveEn.labels[bar]}, ${waveEn.series[0]!.label}: \\d+\\. This bar in all: \\d+\\. Bar ${bar + 1} of ${waveEn.labels.length}\\. `));
    expect(text).toContain(waveEn.details[bar]!.join('; '));
  });

  it('says "tidak ada" for a bar a series has no value in, and leaves the names out until they have arrived', () => {
    const view = { ...origins, series: [{ ...origins.series[0]!, data: origins.series[0]!.data.map((v, i) => (i === 1 ? null : v)) }, ...origins.series.slice(1)] };
    expect(describePoint(view, {}, undefined, { category: 1, series: 0 }, 'id')).toBe(
      `${origins.labels[1]}, ${origins.series[0]!.label}: tidak ada. Total batang ini: ${origins.series[1]!.data[1]}. Batang 2 dari ${origins.labels.length}.`,
    );
  });
});

describe('tones', () => {
  it.each<[(number | null)[], (number | null)[]]>([
    [[0, 5, 10], [220, 440, 880]],
    [[2, null, 8], [220 * 2 ** 0.5, null, 880]],
    [[0, 0], [220, 220]],
    [[], []],
  ])('plays %o as %o Hz', (values, hz) => {
    expect(tones(values)).toEqual(hz);
  });
});

describe('soundValues', () => {
  it("plays each bar's total before the reader is on a series, and that series after", () => {
    const shown = shownCategories(weekly, june15);
    const totals = shown.map((i) => weekly.series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0));
    expect(soundValues(weekly, june15, null)).toEqual({ values: totals, series: null });
    expect(soundValues(weekly, june15, { category: 0, series: 1 })).toEqual({ values: shown.map((i) => weekly.series[1]!.data[i]), series: weekly.series[1]!.label });
  });
});
