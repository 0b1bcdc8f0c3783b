import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { describeState } from './describe.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import { MAX_DESTINATIONS } from './departures.ts';
import { charts } from './registry.ts';
import { categoryIndexOf, toChartConfig, visibleData, withAlpha, type Theme, type BarConfig } from './to-chartjs.ts';

const data = readDataset(process.cwd());
const theme: Theme = {
  colours: { openai: '#000000', google: '#0072b2', scale: '#e69f00', apple: '#555555', anthropic: '#d55e00', startup: '#009e73', meta: '#cc79a7', other: '#999999' },
  text: '#111111',
  grid: '#dddddd',
  font: 'sans-serif',
  reducedMotion: true,
};
const wave = charts['hiring-wave'](data, 'id');
const weekly = wave.views[0]!;

describe('hiring-wave spec', () => {
  it('has one bar per week plus the undated bar, and adds up to the 46 hires of June to October', () => {
    expect(weekly.labels).toHaveLength(24);
    expect(weekly.labels.at(-1)).toBe('Tanggal tak diketahui');
    const total = weekly.series.reduce((s, ser) => s + ser.data.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(total).toBe(46);
  });
  it('lists the names behind a week for its tooltip', () => {
    const i = weekly.labels.indexOf('9 Jun');
    expect(weekly.details[i]).toEqual(['Alexandr Wang (12 Juni 2025)', 'Jack Rae (12 Juni 2025)', 'Johan Schalkwyk (12 Juni 2025)']);
  });
});

describe('step states', () => {
  it('empties weeks after `until` and the undated bar', () => {
    const openai = weekly.series.find((s) => s.key === 'openai')!;
    const shown = visibleData(weekly, openai.data, { until: '2025-06-30' });
    expect(shown.filter((v) => v !== null).reduce<number>((a, b) => a + b!, 0)).toBe(10);
    expect(shown.at(-1)).toBeNull();
  });
  it('marks the week that contains a date', () => {
    expect(categoryIndexOf(weekly, '2025-06-12')).toBe(weekly.labels.indexOf('9 Jun'));
    expect(categoryIndexOf(weekly, '2025-05-01')).toBe(-1);
  });
  it('dims series that are not highlighted', () => {
    const config = toChartConfig(weekly, { highlight: ['openai'] }, theme);
    const [openai, google] = ['OpenAI', 'Google/DeepMind'].map((label) => config.data.datasets.find((d) => d.label === label));
    expect(openai!.backgroundColor[0]).toBe('rgba(0, 0, 0, 1)');
    expect(google!.backgroundColor[0]).toBe('rgba(0, 114, 178, 0.22)');
    expect(config.options.animation).toBe(false);
  });
  it('dims categories when the highlight names a bar', () => {
    const origins = charts.origins(data, 'id').views[0]!;
    const config = toChartConfig(origins, { highlight: ['OpenAI'] }, theme);
    const colours = config.data.datasets[0]!.backgroundColor;
    expect(colours[origins.labels.indexOf('OpenAI')]).toBe('rgba(0, 0, 0, 1)');
    expect(colours[origins.labels.indexOf('Apple')]).toBe('rgba(85, 85, 85, 0.22)');
  });
  it('describes each state in words', () => {
    expect(describeState('Gelombang rekrutmen', wave.views, { until: '2025-06-30', highlight: ['openai'] }, chartStrings('id'), '30 Juni 2025')).toBe(
      'Gelombang rekrutmen. Tampilan: per pekan. Data hingga 30 Juni 2025. Total yang terlihat: 17. Terbesar: 23 Jun (8). Disorot: OpenAI.',
    );
  });
  it('converts hex colours to rgba', () => {
    expect(withAlpha('#ff8000', 0.5)).toBe('rgba(255, 128, 0, 0.5)');
    expect(withAlpha('red', 0.5)).toBe('red');
  });
});

describe('origins and departures specs', () => {
  it('tells confirmed and secondary-only hires apart', () => {
    const v = charts.origins(data, 'id').views[0]!;
    expect(v.table.rows.map((r) => r.slice(0, 4))).toEqual([
      ['OpenAI', 14, 1, 15],
      ['Google/DeepMind', 5, 4, 9],
      ['Scale AI', 1, 6, 7],
      ['Apple', 6, 0, 6],
      ['Startup dan lainnya', 4, 0, 4],
      ['Anthropic', 2, 0, 2],
    ]);
  });
  it("puts the WSJ's 50 and WIRED's 11 beside the 43 named here, each dated when the outlet gave it", () => {
    const v = charts.origins(data, 'id').views[1]!;
    expect(v.series[0]!.data).toEqual([50, 11, 43]);
    expect(v.labels[0]).toBe('WSJ, 20–21 Agustus 2025: lebih dari 50');
    // WIRED's wording is of its Yang Song story; 30 June is the date of the memo its 11 refers to.
    expect(v.labels[1]).toBe('WIRED, 24–25 September 2025: setidaknya 11');
  });
  it('folds the smallest destinations into one bar beyond ten, so the chart and the page stay readable', () => {
    const leaver = data.people.find((p) => p.departure && p.departure.destination !== undefined)!;
    const extra = Array.from({ length: 30 }, (_, i) => i);
    const many = {
      ...data,
      organisations: [...data.organisations, ...extra.map((i) => ({ ...data.organisations[0]!, id: `dest-${i}`, name: `Dest ${i}`, short: `Dest ${i}` }))],
      people: [...data.people, ...extra.map((i) => ({ ...leaver, id: `leaver-${i}`, name: `Leaver ${i}`, departure: { ...leaver.departure!, destination: `dest-${i}` } }))],
    };
    const real = charts.departures(data, 'en').views[1]!;
    const v = charts.departures(many, 'en').views[1]!;
    expect(real.labels.length).toBeLessThanOrEqual(MAX_DESTINATIONS);
    expect(v.labels).toHaveLength(MAX_DESTINATIONS);
    // Confirmed and secondary-only parts together.
    const total = (view: typeof v) => view.series.reduce((sum, s) => sum + s.data.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(total(v)).toBe(total(real) + 30);
    const folded = real.labels.length - (MAX_DESTINATIONS - 1) + 30;
    expect(v.labels.at(-1)).toBe(`${folded} other destinations`);
    expect(v.table.rows.at(-1)!.slice(0, 2)).toEqual([`${folded} other destinations`, v.series.reduce((sum, s) => sum + (s.data.at(-1) ?? 0), 0)]);
    expect(v.table.rows.at(-1)![2]).toMatch(/; and \d+ more \(all in the data downloads\)$/);
    expect(v.details.at(-1)).toContain('Leaver 29');
    expect(v.details.flat()).toHaveLength(total(v));
  });
  it('lists destinations largest first', () => {
    const v = charts.departures(data, 'id').views[1]!;
    expect(v.table.rows.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      ['OpenAI', 6],
      ['Tidak diungkap / belum bernama', 4],
    ]);
  });
});

describe('tooltips', () => {
  type Callback = (items: { dataIndex: number }[]) => string[];
  const afterBody = (config: ReturnType<typeof toChartConfig>) => ((config as BarConfig).options.plugins.tooltip.callbacks.afterBody as Callback);
  it("add the view's detail lines for the bar under the pointer, once they are passed in", () => {
    const i = weekly.labels.indexOf('9 Jun');
    expect(afterBody(toChartConfig(weekly, {}, theme, weekly.details))([{ dataIndex: i }])).toEqual(weekly.details[i]);
  });
  it('show the numbers alone before the details have arrived', () => {
    expect(afterBody(toChartConfig(weekly, {}, theme))([{ dataIndex: 3 }])).toEqual([]);
  });
});

describe('category axis labels', () => {
  it('puts month labels on two lines when more than six are shown, so they do not overlap on a phone', () => {
    const monthly = charts.departures(data, 'en').views[0]!;
    const callback = ((toChartConfig(monthly, {}, theme) as BarConfig).options.scales.x.ticks as unknown as { callback: (v: unknown, i: number) => unknown }).callback;
    expect(monthly.labels.length).toBeGreaterThan(6);
    expect(monthly.labels.map((_, i) => callback(null, i))).toEqual(monthly.labels.map((l) => l.split(' ')));
  });
  it('puts long names of bars across on two lines, so a phone shows them whole', () => {
    const where = charts.departures(data, 'id').views[1]!;
    const callback = ((toChartConfig(where, {}, theme) as BarConfig).options.scales.y.ticks as unknown as { callback: (v: unknown, i: number) => unknown }).callback;
    const i = where.labels.indexOf('Tidak diungkap / belum bernama');
    expect(callback(null, i)).toEqual(['Tidak diungkap /', 'belum bernama']);
    expect(callback(null, where.labels.indexOf('OpenAI'))).toBe('OpenAI');
  });
  it('wraps the English undated bar too, so it does not run into the last week', () => {
    const en = charts['hiring-wave'](data, 'en').views[0]!;
    const callback = ((toChartConfig(en, {}, theme) as BarConfig).options.scales.x.ticks as unknown as { callback: (v: unknown, i: number) => unknown }).callback;
    expect(callback(null, en.labels.length - 1)).toEqual(['Date', 'unknown']);
  });
  it('labels every sixth week and always the undated bar, wrapped', () => {
    const config = toChartConfig(weekly, {}, theme) as BarConfig;
    const callback = (config.options.scales.x.ticks as unknown as { callback: (v: unknown, i: number) => unknown }).callback;
    expect(weekly.labels.map((_, i) => callback(null, i)).filter((l) => l !== '')).toEqual([
      '26 Mei',
      '7 Jul',
      '18 Agu',
      '29 Sep',
      ['Tanggal tak', 'diketahui'],
    ]);
  });
});
