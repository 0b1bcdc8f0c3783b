import { describe, expect, it } from 'vitest';
import { storySchema } from '../domain/schemas/story.ts';
import { formatFrontmatterIssue, locateIssues } from './frontmatter-errors.ts';

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
