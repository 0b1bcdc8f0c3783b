import { describe, expect, it } from 'vitest';
import { departureFact } from './departure.ts';

const dep = (o: Partial<{ reported: string; left: string | null; planned: boolean }>) => ({
  departure: { reported: '2025-08-26/27', left: null, planned: false, destination: null, destinationNote: null, ...o },
});

describe('departureFact', () => {
  it.each([
    ['an exit date', dep({ left: '2025-07' }), { kind: 'left', date: '2025-07' }],
    ['only a report', dep({}), { kind: 'reported', date: '2025-08-26/27' }],
    ['a reported plan', dep({ reported: '2025-11-11', planned: true }), { kind: 'planned', date: '2025-11-11' }],
  ])('%s', (_, person, expected) => {
    expect(departureFact(person)).toEqual(expected);
  });
  it('no departure', () => expect(departureFact({ departure: null })).toBeNull());
});
