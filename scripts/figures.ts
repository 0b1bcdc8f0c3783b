/**
 * npm run figures
 *
 * Writes content/figures.md: every figure key a story can print with <Num>, with its current value and
 * meaning, and every date reference for <When>. Run it after changing the data or src/domain/figures.ts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { figureDocs } from '../src/domain/figure-docs.ts';
import { readDataset } from '../src/site/read-dataset.ts';

const root = resolve(import.meta.dirname, '..');
writeFileSync(join(root, 'content/figures.md'), figureDocs(readDataset(root)));
console.log('wrote content/figures.md');
