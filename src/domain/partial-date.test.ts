import { describe, expect, it } from 'vitest';
import { certainlyBefore, dayNumber, parsePartialDate, PartialDateError } from './partial-date.ts';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('parsePartialDate', () => {
  it.each([
    ['2025-06-12', 'day', d(2025, 6, 12), d(2025, 6, 12), false, false, false],
    ['2025-06', 'month', d(2025, 6, 1), d(2025, 6, 30), false, false, false],
    ['2025-02', 'month', d(2025, 2, 1), d(2025, 2, 28), false, false, false],
    ['2024-02', 'month', d(2024, 2, 1), d(2024, 2, 29), false, false, false],
    ['2025', 'year', d(2025, 1, 1), d(2025, 12, 31), false, false, false],
    ['2025-06-27/28', 'day', d(2025, 6, 27), d(2025, 6, 28), true, false, false],
    ['2025-06-30/07-01', 'day', d(2025, 6, 30), d(2025, 7, 1), true, false, false],
    ['2025-06-27/2025-06-28', 'day', d(2025, 6, 27), d(2025, 6, 28), true, false, false],
    ['2025-10-10/12', 'day', d(2025, 10, 10), d(2025, 10, 12), true, false, false],
    ['2025-06/07', 'month', d(2025, 6, 1), d(2025, 7, 31), true, false, false],
    ['~2025-02', 'month', d(2025, 2, 1), d(2025, 2, 28), false, true, false],
    ['by 2025-10-22', 'day', d(2025, 10, 22), d(2025, 10, 22), false, false, true],
    ['  2025-07-07 ', 'day', d(2025, 7, 7), d(2025, 7, 7), false, false, false],
  ] as const)('parses %j', (text, precision, start, end, range, approximate, byBound) => {
    expect(parsePartialDate(text)).toEqual({ text: text.trim(), precision, start, end, range, approximate, byBound });
  });

  it.each([
    ['', 'empty'],
    ['n/a', 'does not look like'],
    ['June 2025', 'does not look like'],
    ['2025-13', 'month 13 does not exist'],
    ['2025-13-45', 'month 13 does not exist'],
    ['2025-02-30', 'day 30 does not exist in 2025-02'],
    ['2025-06-00', 'day 00 does not exist'],
    ['2025-06-28/27', 'ends before it starts'],
    ['2025-06-28/28', 'ends before it starts'],
    ['2025-06-27/2025-07', 'same precision'],
    ['2025-06-27/28/29', 'exactly one "/"'],
    ['25-06-12', 'does not look like'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(() => parsePartialDate(text)).toThrow(PartialDateError);
    expect(() => parsePartialDate(text)).toThrow(reason);
  });
});

describe('dayNumber and ordering', () => {
  it('counts days since the Unix epoch', () => {
    expect(dayNumber(d(1970, 1, 1))).toBe(0);
    expect(dayNumber(d(2025, 6, 12))).toBe(20251);
  });
  it('orders only when ranges cannot overlap', () => {
    expect(certainlyBefore(parsePartialDate('2025-06-27/28'), parsePartialDate('2025-06-30'))).toBe(true);
    expect(certainlyBefore(parsePartialDate('2025-06'), parsePartialDate('2025-06-30'))).toBe(false);
    expect(certainlyBefore(parsePartialDate('2025-06-30'), parsePartialDate('2025-06-30'))).toBe(false);
  });
});

describe('parsePartialDate keeps what it parsed', () => {
  it('gives the same frozen date for the same text, so no caller can change it for the others', () => {
    const a = parsePartialDate('2025-06-27/28');
    expect(parsePartialDate('2025-06-27/28')).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.start) && Object.isFrozen(a.end)).toBe(true);
    expect(() => {
      (a.start as { day: number }).day = 1;
    }).toThrow(TypeError);
    expect(parsePartialDate(' 2025-06-27/28').start).toEqual({ year: 2025, month: 6, day: 27 });
  });

  it('still refuses a bad text every time it is asked', () => {
    expect(() => parsePartialDate('2025-02-30')).toThrow(PartialDateError);
    expect(() => parsePartialDate('2025-02-30')).toThrow(PartialDateError);
  });
});
