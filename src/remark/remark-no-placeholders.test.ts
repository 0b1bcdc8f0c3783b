import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkNoPlaceholders } from './remark-no-placeholders.ts';

const dir = mkdtempSync(join(tmpdir(), 'placeholders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function story(name: string, text: string, frontmatter: Record<string, unknown> = {}) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return new VFile({ path, value: text, data: { astro: { frontmatter } } });
}

const run = (file: VFile, enforce?: boolean) => remarkNoPlaceholders(enforce === undefined ? {} : { enforce })({ type: 'root', children: [] }, file);

const scaffold = "---\ntitle: 'EDIT ME: the headline'\ndek: Ringkas\n---\n\nParagraf.\n\nEDIT ME: tulis di sini.\n";

describe('remarkNoPlaceholders', () => {
  it('refuses a published story with placeholders, naming every line and the fix', () => {
    expect(() => run(story('kisah.mdx', scaffold), true)).toThrow(
      /"EDIT ME:" placeholders left on lines 2, 8: readers would see them\. Write the real text \(grep -n "EDIT ME" .*kisah\.mdx\), or keep the story off the site with draft: true\./,
    );
  });

  it('lets a draft, a finished story and a dev preview through', () => {
    expect(() => run(story('draf.mdx', scaffold, { draft: true }), true)).not.toThrow();
    expect(() => run(story('selesai.mdx', scaffold.replaceAll('EDIT ME: ', '')), true)).not.toThrow();
    expect(() => run(story('pratinjau.mdx', scaffold), false)).not.toThrow();
  });

  it('follows NODE_ENV when not told: production builds refuse, dev and tests preview', () => {
    const before = process.env['NODE_ENV'];
    try {
      process.env['NODE_ENV'] = 'production';
      expect(() => run(story('prod.mdx', scaffold))).toThrow(/placeholders left/);
      process.env['NODE_ENV'] = 'development';
      expect(() => run(story('dev.mdx', scaffold))).not.toThrow();
    } finally {
      process.env['NODE_ENV'] = before;
    }
  });
});
