import { describe, expect, it } from 'vitest';
import { dottedFieldInWords, fieldInWords, ordinal } from './field-words.ts';

describe('fieldInWords', () => {
  it.each([
    [['title'], 'field "title"'],
    [['people', 0], 'the first person listed under "people"'],
    [['sources', 11], 'the 12th source listed under "sources"'],
    [['byline', 1], 'the second name listed under "byline"'],
    [['corrections', 1, 'date'], 'field "date" of the second correction listed under "corrections"'],
    [['departure', 'left'], 'field "departure.left"'],
    [['mslRole', 'en'], 'field "mslRole.en"'],
    [['tallies', 2], 'the third entry listed under "tallies"'],
    [[], 'the entry'],
  ] as const)('%j is %s', (path, words) => {
    expect(fieldInWords(path)).toBe(words);
  });

  it('reads the dotted paths of dataset issues', () => {
    expect(dottedFieldInWords('people.0')).toBe('the first person listed under "people"');
    expect(dottedFieldInWords('hireReported')).toBe('field "hireReported"');
  });

  it.each([
    [1, 'first'],
    [10, 'tenth'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinal(%i) is %s', (n, word) => {
    expect(ordinal(n)).toBe(word);
  });
});
