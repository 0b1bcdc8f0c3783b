import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureDocs } from './figure-docs.ts';
import { fixtureDataset } from './fixtures/dataset.ts';
import { readDataset } from '../site/read-dataset.ts';

describe('the editor’s list of figures and dates', () => {
  it('lists each figure with its value and meaning, and each date in both languages', () => {
    const docs = figureDocs(fixtureDataset());
    expect(docs).toContain('| `cohort.neverStarted` | 1 | Summer recruits reported never to have started. |');
    expect(docs).toContain('| `event:2025-06-30-msl-memo` | 30 Juni 2025 | 30 June 2025 |');
    expect(docs).toContain('| `ana.hireReported` | 27–28 Juni 2025 |');
  });
  it('content/figures.md is current (run `npm run figures` after a data change)', () => {
    expect(readFileSync('content/figures.md', 'utf8')).toBe(figureDocs(readDataset(process.cwd())));
  });
});
