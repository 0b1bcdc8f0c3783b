import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import { describeChange, describeState } from './describe.ts';
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
