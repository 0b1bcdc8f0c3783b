import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { storySchema } from '../domain/schemas/story.ts';
import { formatFrontmatterIssue, frontmatterError, locateIssues } from './frontmatter-errors.ts';

const story = `---
dek: Dek.
byline:
  - Meja Data
lang: id
published: '2026-11-27'
basedOn:
  title: Judul asli
  dateNote: 24 September 2025
  url: null
corrections:
  - date: '2026-11-28'
    text: Ralat pertama.
  - date: '2026-11-01'
    text: Ralat kedua.
description: Ringkasan.
---

Teks.
`;

const data = {
  dek: 'Dek.',
  byline: ['Meja Data'],
  lang: 'id',
  published: '2026-11-27',
  basedOn: { title: 'Judul asli', dateNote: '24 September 2025', url: null },
  corrections: [
    { date: '2026-11-28', text: 'Ralat pertama.' },
    { date: '2026-11-01', text: 'Ralat kedua.' },
  ],
  description: 'Ringkasan.',
};

const located = (value: unknown, source = story) => {
  const result = storySchema.safeParse(value);
  if (result.success) throw new Error('expected the frontmatter to fail');
  return locateIssues(source, result.error.issues).map((i) => formatFrontmatterIssue('content/stories/x.mdx', i));
};

describe('locateIssues', () => {
  it('points a missing field at the block that should hold it: the opening --- or its parent field', () => {
    expect(located(data)).toEqual([
      'content/stories/x.mdx:1 (field "title"): title is missing: add a line "title: …" between the two --- lines at the top',
      'content/stories/x.mdx:7 (field "basedOn.publisher"): basedOn.publisher is missing: add a line "publisher: …" under "basedOn:"',
    ]);
  });

  it('points a wrong value at its own line, naming a list item in words', () => {
    const complete = story.replace('---\ndek:', '---\ntitle: Judul\ndek:').replace('basedOn:\n', 'basedOn:\n  publisher: WIRED\n');
    expect(located({ ...data, title: 'Judul', basedOn: { ...data.basedOn, publisher: 'WIRED' } }, complete)).toEqual([
      'content/stories/x.mdx:16 (field "date" of the second correction listed under "corrections"): correction date 2026-11-01 is before published (2026-11-27)',
    ]);
  });
});

/*
 * The messages `astro build` prints for a real story's frontmatter (the loader
 * hands frontmatterError() the parsed block; tests/build/build-fails.test.ts
 * runs one such build end to end, for a missing field).
 */
describe('frontmatterError on content/stories/meta-rekrut-yang-song.mdx', () => {
  const file = 'content/stories/meta-rekrut-yang-song.mdx';
  const original = readFileSync(join(process.cwd(), file), 'utf8');

  const messageFor = (from: string, to: string): string => {
    if (!original.includes(from)) throw new Error(`test setup: "${from}" not in ${file}`);
    const dir = mkdtempSync(join(tmpdir(), 'msl-frontmatter-'));
    try {
      const path = join(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      const text = original.replace(from, to);
      writeFileSync(path, text);
      const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as unknown;
      const error = frontmatterError(dir, path, data, storySchema);
      if (!error) throw new Error('expected the frontmatter to fail');
      return error.message;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('passes as it is', () => {
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(original)![1]!) as unknown;
    expect(frontmatterError(process.cwd(), join(process.cwd(), file), data, storySchema)).toBeNull();
  });

  it('names the line and field of a date that is not on the calendar', () => {
    expect(messageFor("published: '2026-11-27'", "published: '2026-02-30'")).toContain(
      `${file}:7 (field "published"): published is not a real calendar date (check the month and the day)`,
    );
  });

  it('names an unknown field, the field meant, and the one now missing', () => {
    const message = messageFor('\ndescription: ', '\ndescripton: ');
    expect(message).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')}:\\d+ \\(field "descripton"\\): unknown field "descripton": did you mean "description"\\? \\(its value would be lost\\)`));
    expect(message).toMatch(/\(field "description"\): description is missing/);
  });

  it('refuses a javascript: address for the original article', () => {
    expect(messageFor('  url: null\n', "  url: ' JavaScript:alert(1)'\n")).toContain(
      `${file}:12 (field "basedOn.url"): basedOn.url must be a full http:// or https:// address, not "JavaScript:alert(1)"`,
    );
  });
});
