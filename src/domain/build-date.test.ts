import { describe, expect, it } from 'vitest';
import { buildDay } from './build-date.ts';

const now = new Date('2026-12-01T08:30:00Z');

describe('buildDay', () => {
  it.each([
    [{}, { year: 2026, month: 12, day: 1 }],
    [{ BUILD_DATE: '2025-09-30' }, { year: 2025, month: 9, day: 30 }],
    [{ SOURCE_DATE_EPOCH: '1759190400' }, { year: 2025, month: 9, day: 30 }], // 2025-09-30T00:00Z
    [{ SOURCE_DATE_EPOCH: '1759269599' }, { year: 2025, month: 10, day: 1 }], // 2025-09-30T21:59:59Z: already 1 October at UTC+14
    [{ BUILD_DATE: '2025-10-01', SOURCE_DATE_EPOCH: '1759190400' }, { year: 2025, month: 10, day: 1 }],
    [{ BUILD_DATE: '' }, { year: 2026, month: 12, day: 1 }],
  ])('%j gives %j', (env, day) => {
    expect(buildDay(env, now)).toEqual(day);
  });

  it('takes today where the day is latest, so a date that is today in Jakarta is never the future', () => {
    expect(buildDay({}, new Date('2026-12-01T09:59:59Z'))).toEqual({ year: 2026, month: 12, day: 1 });
    expect(buildDay({}, new Date('2026-12-01T10:00:00Z'))).toEqual({ year: 2026, month: 12, day: 2 });
  });

  it.each([
    [{ BUILD_DATE: '2025-02-30' }, 'BUILD_DATE="2025-02-30" is not a day: write it YYYY-MM-DD'],
    [{ BUILD_DATE: '30-09-2025' }, 'BUILD_DATE="30-09-2025" is not a day'],
    [{ SOURCE_DATE_EPOCH: 'yesterday' }, 'SOURCE_DATE_EPOCH="yesterday" is not a number of seconds'],
  ])('refuses %j', (env, message) => {
    expect(() => buildDay(env, now)).toThrow(message);
  });
});
