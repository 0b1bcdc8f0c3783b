import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError } from '../domain/dataset.ts';
import { readDataset } from './read-dataset.ts';

const roots: string[] = [];
/** A project folder holding a copy of content/data. */
function copyData(): string {
  const root = mkdtempSync(join(tmpdir(), 'msl-read-dataset-'));
  roots.push(root);
  cpSync('content/data', join(root, 'content/data'), { recursive: true });
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('readDataset', () => {
  it('reads the files as strict UTF-8: a Windows-1252 byte fails with its file and line, not as U+FFFD', () => {
    const root = copyData();
    const path = join(root, 'content/data/events.yaml');
    const text = readFileSync(path, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('summary: Memo internal Zuckerberg')) + 1;
    const bytes = Buffer.from(text.replace('summary: Memo internal Zuckerberg', 'summary: Memo internal Zuckerberg?'));
    bytes[bytes.indexOf('Zuckerberg?') + 10] = 0x92; // a Windows-1252 apostrophe
    writeFileSync(path, bytes);
    expect(() => readDataset(root)).toThrow(DatasetError);
    expect(() => readDataset(root)).toThrow(`content/data/events.yaml:${line}: this line holds bytes (0x92) that are not UTF-8 text`);
  });

  it('checks dates against BUILD_DATE when it is set, and again when it changes', () => {
    const root = copyData();
    const before = process.env['BUILD_DATE'];
    try {
      process.env['BUILD_DATE'] = '2026-02-01';
      expect(() => readDataset(root)).toThrow(/\(entry "ruoming-pang", field "departure\.reported"\): "2026-02-25" is after the build date \(2026-02-01\)/);
      process.env['BUILD_DATE'] = '2026-03-01';
      expect(readDataset(root).people).toHaveLength(61);
      process.env['BUILD_DATE'] = '2026-02-01';
      expect(() => readDataset(root)).toThrow(DatasetError);
    } finally {
      if (before === undefined) delete process.env['BUILD_DATE'];
      else process.env['BUILD_DATE'] = before;
    }
  });
});
