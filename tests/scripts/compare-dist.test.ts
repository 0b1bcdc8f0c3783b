import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDist } from '../../scripts/compare-dist.mjs';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'compare-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('compare-dist', () => {
  it('treats two builds that differ only in hashed asset names as the same', () => {
    const before = site({ 'index.html': '<script src="/_astro/chart-figure.B1x2y3z4.js"></script>', '_astro/chart-figure.B1x2y3z4.js': 'import"./x.AAAAAAAA.js"' });
    const after = site({ 'index.html': '<script src="/_astro/chart-figure.Qw9_Er-7.js"></script>', '_astro/chart-figure.Qw9_Er-7.js': 'import"./x.BBBBBBBB.js"' });
    expect(compareDist(before, after)).toEqual({ same: 2, onlyBefore: [], onlyAfter: [], differ: [] });
  });

  it('reports a changed page, and a file on one side only', () => {
    const before = site({ 'index.html': '<p>43 rekrutan</p>', 'old.txt': 'x' });
    const after = site({ 'index.html': '<p>44 rekrutan</p>', 'new.txt': 'x' });
    const result = compareDist(before, after);
    expect(result.onlyBefore).toEqual(['old.txt']);
    expect(result.onlyAfter).toEqual(['new.txt']);
    expect(result.differ.map((d) => d.key)).toEqual(['index.html']);
    expect(result.differ[0]!.detail).toContain('44 rekrutan');
  });
});
