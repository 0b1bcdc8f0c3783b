import { describe, expect, it } from 'vitest';
import { formatDayNumber, formatMonth, formatNumber, formatPartialDate } from './format.ts';
import { parsePartialDate } from './partial-date.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2025-06-12', 'id', '12 Juni 2025'],
    ['2025-06-12', 'en', '12 June 2025'],
    ['2025-06-12', 'id', '12 Juni', { year: false }],
    ['by 2025-10-22', 'en', 'by 22 October', { year: false }],
    ['2025-06-27/28', 'id', '27–28 Juni 2025'],
    ['2025-06-27/28', 'en', '27\u2009–\u200928 June 2025'],
    ['2025-06-30/07-01', 'id', '30 Juni\u2009–\u20091 Juli 2025'],
    ['2025-07', 'id', 'Juli 2025'],
    ['~2025-02', 'id', 'sekitar Februari 2025'],
    ['~2025-02', 'en', 'around February 2025'],
    ['by 2025-10-22', 'id', 'paling lambat 22 Oktober 2025'],
    ['2025', 'en', '2025'],
  ] as const)('writes %s in %s as %s', (text, locale, expected, opts?: { year?: boolean }) => {
    expect(formatPartialDate(parsePartialDate(text), locale, opts)).toBe(expected);
  });
  it('says when a date is unknown', () => {
    expect(formatPartialDate(null, 'id')).toBe('tak diketahui');
  });
});

describe('numbers and short dates', () => {
  it('formats per locale', () => {
    expect(formatNumber(14300, 'id')).toBe('14.300');
    expect(formatNumber(14300, 'en')).toBe('14,300');
    expect(formatDayNumber(20251, 'id', { day: 'numeric', month: 'short' })).toBe('12 Jun');
    expect(formatMonth('2025-08', 'en')).toBe('August 2025');
  });
});
