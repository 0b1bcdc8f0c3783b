import { describe, expect, it } from 'vitest';
import { stepDateProblem, stepState } from './step-state.ts';

describe('stepState', () => {
  it('turns attributes into the state a step sets', () => {
    expect(stepState({ view: 'cumulative', highlight: 'openai, apple,', until: '2025-07-31', mark: '2025-06-30', markLabel: 'Memo', max: 40 })).toEqual({
      view: 'cumulative',
      highlight: ['openai', 'apple'],
      until: '2025-07-31',
      mark: '2025-06-30',
      markLabel: 'Memo',
      max: 40,
    });
    expect(stepState({})).toEqual({});
  });

  it.each(['2025-02-30', '2025-13-01', '2025-06', '30-06-2025', '2025-06-27/28', '~2025-06-01', ' 2025-06-30'])('refuses until="%s" with the editor\'s message', (value) => {
    expect(() => stepState({ until: value })).toThrow(`<Step until="${value}">: write a real date as YYYY-MM-DD, e.g. until="2025-06-30".`);
    expect(stepDateProblem('mark', value)).toBe(`<Step mark="${value}">: write a real date as YYYY-MM-DD, e.g. mark="2025-06-30".`);
  });

  it('accepts a leap day only in a leap year', () => {
    expect(stepDateProblem('until', '2024-02-29')).toBeNull();
    expect(stepDateProblem('until', '2025-02-29')).not.toBeNull();
  });
});
