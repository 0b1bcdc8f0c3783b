import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { diskCached, parserVersion } from './dataset-disk-cache.ts';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'dataset-cache-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function counting() {
  let calls = 0;
  const parse = (): Dataset => {
    calls++;
    return fixtureDataset();
  };
  return { parse, calls: () => calls };
}

describe('diskCached', () => {
  it('parses once, then gives a later build an equal dataset from disk', () => {
    const dir = temp();
    const { parse, calls } = counting();
    const first = diskCached(dir, 'v1', ['2026-12-01', 'a', 'b'], parse);
    const again = diskCached(dir, 'v1', ['2026-12-01', 'a', 'b'], parse);
    expect(calls()).toBe(1);
    expect(again).toEqual(first);
    expect(again).toEqual(fixtureDataset());
  });

  it.each([
    ['a file text', 'v1', ['2026-12-01', 'a', 'c']],
    ['the build day', 'v1', ['2026-12-02', 'a', 'b']],
    ['the parsing code', 'v2', ['2026-12-01', 'a', 'b']],
  ])('parses again when %s changes, and keeps only the latest entry', (_, version, texts) => {
    const dir = temp();
    const { parse, calls } = counting();
    diskCached(dir, 'v1', ['2026-12-01', 'a', 'b'], parse);
    diskCached(dir, version as string, texts as string[], parse);
    expect(calls()).toBe(2);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('never stores a failed parse, and reads past a torn file', () => {
    const dir = temp();
    expect(() => diskCached(dir, 'v1', ['x'], () => { throw new Error('bad YAML'); })).toThrow('bad YAML');
    expect(readdirSync(dir)).toEqual([]);
    const { parse, calls } = counting();
    diskCached(dir, 'v1', ['x'], parse);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'torn');
    expect(diskCached(dir, 'v1', ['x'], parse)).toEqual(fixtureDataset());
    expect(calls()).toBe(2);
  });
});

describe('parserVersion', () => {
  it('changes with any file under src/domain and with the lockfile, not with a test', () => {
    const root = temp();
    mkdirSync(join(root, 'src/domain/schemas'), { recursive: true });
    writeFileSync(join(root, 'src/domain/dataset.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const v = parserVersion(root);
    writeFileSync(join(root, 'src/domain/dataset.test.ts'), 'test');
    expect(parserVersion(root)).toBe(v);
    writeFileSync(join(root, 'src/domain/schemas/person.ts'), 'export const b = 2;\n');
    const v2 = parserVersion(root);
    expect(v2).not.toBe(v);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(parserVersion(root)).not.toBe(v2);
  });
});
