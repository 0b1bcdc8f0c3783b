import { describe, expect, it } from 'vitest';
import { groupedNameCell, MAX_NAMES_IN_CELL, nameCell } from './name-cell.ts';

describe('nameCell', () => {
  it.each([
    [[], ''],
    [['Alexandr Wang (12 Juni 2025)'], 'Alexandr Wang (12 Juni 2025)'],
    [['Lucas Beyer (June 25–26, 2025)', 'Jack Rae (June 12, 2025)'], 'Lucas Beyer (June 25–26, 2025); Jack Rae (June 12, 2025)'],
  ])('lists %j as %j', (names, cell) => {
    expect(nameCell(names, 'en')).toBe(cell);
  });
  it('counts the names beyond the limit and says where all of them are', () => {
    expect(nameCell(['A', 'B', 'C', 'D'], 'id', 2)).toBe('A; B; dan 2 nama lain (semuanya ada di unduhan data)');
    expect(nameCell(['A', 'B', 'C'], 'en', 2)).toBe('A; B; and 1 more (all in the data downloads)');
    expect(nameCell(Array.from({ length: MAX_NAMES_IN_CELL }, (_, i) => `P${i}`), 'en')).not.toContain('more');
  });
});

describe('groupedNameCell', () => {
  it('puts names under their series, leaving out a series with none', () => {
    const groups = [
      { label: 'Terkonfirmasi di sumber', names: ['Jason Wei', 'Hyung Won Chung'] },
      { label: 'Hanya di salinan sekunder', names: [] },
      { label: 'Lainnya', names: ['X'] },
    ];
    expect(groupedNameCell(groups, 'id')).toBe('Terkonfirmasi di sumber: Jason Wei; Hyung Won Chung. Lainnya: X.');
    expect(groupedNameCell([{ label: 'a', names: [] }], 'id')).toBe('');
  });
});
