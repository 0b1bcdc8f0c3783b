import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import { describeChange, describeState, outlineHtml } from './describe.ts';
import { isoToDay } from './to-chartjs.ts';
import type { DrawnView, StepState } from './types.ts';
import { charts } from './registry.ts';

const data = readDataset(process.cwd());
const wave = charts['hiring-wave'](data, 'id').views;
const waveEn = charts['hiring-wave'](data, 'en').views;
const departures = charts.departures(data, 'id').views;

describe('describeChange', () => {
  it('says only what a step changed, after its number', () => {
    expect(
      describeChange(
        wave,
        { state: { until: '2025-06-15', highlight: ['scale'] }, untilLabel: '15 Juni 2025' },
        { state: { until: '2025-06-30', highlight: ['openai'] }, untilLabel: '30 Juni 2025' },
        { n: 2, total: 6 },
        chartStrings('id'),
      ),
    ).toBe('Langkah 2 dari 6: Data hingga 30 Juni 2025. Total yang terlihat: 17. Terbesar: 23 Jun (8). Disorot: OpenAI.');
  });

  it('says so in English on the English page', () => {
    expect(describeChange(waveEn, { state: {} }, { state: { view: 'cumulative' } }, { n: 6, total: 6 }, chartStrings('en'))).toMatch(/^Step 6 of 6: View: cumulative\. /);
  });

  it('says nothing when a step shows what the reader last heard', () => {
    expect(describeChange(wave, { state: {} }, { state: {} }, { n: 1, total: 4 }, chartStrings('id'))).toBe('');
  });

  it('says a highlight is gone when a step drops it', () => {
    expect(describeChange(departures, { state: { highlight: ['earlier'] } }, { state: {} }, { n: 4, total: 5 }, chartStrings('id'))).toBe('Langkah 4 dari 5: Tidak ada yang disorot.');
  });

  it('leaves the whole description (the canvas label) as it was', () => {
    expect(describeState('Gelombang', wave, { highlight: ['openai'] }, chartStrings('id'))).toBe('Gelombang. Tampilan: per pekan. Total yang terlihat: 46. Terbesar: Tanggal tak diketahui (11). Disorot: OpenAI.');
  });
});

describe('outlineHtml (the chart as text)', () => {
  /** A small view of our own: two stacked series over three dated weeks, values adding up. */
  const view: DrawnView = {
    key: 'weekly',
    name: 'per pekan',
    indexAxis: 'x',
    stacked: true,
    labels: ['2 Jun', '9 Jun', '16 Jun'],
    categoryDays: [isoToDay('2025-06-02'), isoToDay('2025-06-09'), isoToDay('2025-06-16')],
    series: [
      { key: 'openai', label: 'OpenAI', colour: 'openai', tone: 'solid', data: [2, 0, 3] },
      { key: 'r&d', label: 'R&D <lab>', colour: 'other', tone: 'solid', data: [0, 0, 1] },
    ],
    valueTitle: 'Rekrutan',
    summable: true,
  };
  const id = chartStrings('id');

  it.each([
    [
      'the first state: every series with its total, non-zero points, zeros counted',
      {},
      undefined,
      undefined,
      '<p>T. Total yang terlihat: 6. Terbesar: 16 Jun (4).</p><ul>' +
        '<li>OpenAI: total 5<ul><li>2 Jun: 2</li><li>16 Jun: 3</li><li>Batang lain (1): 0</li></ul></li>' +
        '<li>R&amp;D &lt;lab&gt;: total 1<ul><li>16 Jun: 1</li><li>Batang lain (2): 0</li></ul></li></ul>',
    ],
    [
      'a step: its number first, bars after until left out, highlights said',
      { until: '2025-06-10', highlight: ['r&d', '2 Jun'] },
      '10 Juni 2025',
      { n: 2, total: 3 },
      '<p>Langkah 2 dari 3. T. Data hingga 10 Juni 2025. Total yang terlihat: 2. Terbesar: 2 Jun (2). Disorot: R&amp;D &lt;lab&gt;, 2 Jun.</p><ul>' +
        '<li>OpenAI: total 2<ul><li>2 Jun: 2 (disorot)</li><li>Batang lain (1): 0</li></ul></li>' +
        '<li>R&amp;D &lt;lab&gt; (disorot): total 0<ul><li>Semua batang (2): 0</li></ul></li></ul>',
    ],
    [
      'a step before any bar: series without points',
      { until: '2025-05-01' },
      '1 Mei 2025',
      undefined,
      '<p>T. Data hingga 1 Mei 2025. Total yang terlihat: 0.</p><ul><li>OpenAI: total 0</li><li>R&amp;D &lt;lab&gt;: total 0</li></ul>',
    ],
  ] as const)('%s', (_, state, until, step, html) => {
    expect(outlineHtml('T', [view], state as StepState, id, until, step)).toBe(html);
  });

  it('names no total for values that do not add up', () => {
    expect(outlineHtml('T', [{ ...view, summable: false }], {}, chartStrings('en'))).toBe(
      '<p>T. 2 Jun: 2; 9 Jun: 0; 16 Jun: 4.</p><ul><li>OpenAI<ul><li>2 Jun: 2</li><li>16 Jun: 3</li><li>Other bars (1): 0</li></ul></li>' +
        '<li>R&amp;D &lt;lab&gt;<ul><li>16 Jun: 1</li><li>Other bars (2): 0</li></ul></li></ul>',
    );
  });
});

describe('outlineHtml for bars read as ranges', () => {
  it('lists each bar once as its range, never the raw parts the bar is drawn from', () => {
    const view = {
      key: 'tenure',
      name: 'lama bekerja',
      indexAxis: 'y',
      stacked: true,
      labels: ['Ruoming Pang', 'Aurko Roy'],
      categoryDays: null,
      series: [
        { key: 'certain', label: 'Paling sedikit', colour: 'meta', tone: 'solid', data: [6.08, null] },
        { key: 'certain-pale', label: 'Paling sedikit (hanya sekunder)', colour: 'meta', tone: 'light', data: [null, 4.04] },
        { key: 'open', label: 'Rentang', colour: 'meta', tone: 'light', data: [1.9, 1.9] },
      ],
      summaries: ['6–8 bulan', '4–6 bulan'],
      valueTitle: 'Bulan',
      summable: false,
    } as unknown as DrawnView;
    const html = outlineHtml('Lama bekerja', [view], {}, chartStrings('id'));
    expect(html).toContain('<li>Ruoming Pang: 6–8 bulan</li><li>Aurko Roy: 4–6 bulan</li>');
    expect(html).not.toMatch(/6\.08|4\.04|1\.9/);
  });
});

