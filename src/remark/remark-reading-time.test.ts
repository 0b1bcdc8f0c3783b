import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { minutesToRead, remarkReadingTime } from './remark-reading-time.ts';

describe('reading time', () => {
  it.each([
    ['', 1],
    ['satu dua tiga', 1],
    [Array(200).fill('kata').join(' '), 1],
    [Array(201).fill('kata').join(' '), 2],
    [Array(1000).fill('kata').join(' ') + ' — — —', 5],
  ])('counts words, not punctuation (%#)', (text, minutes) => {
    expect(minutesToRead(text)).toBe(minutes);
  });

  it('stores minutesRead in the frontmatter Astro hands back', () => {
    const file = new VFile({ value: `# Judul\n\n${Array(450).fill('kata').join(' ')}\n` });
    const processor = unified().use(remarkParse).use(remarkReadingTime);
    processor.runSync(processor.parse(file), file);
    expect((file.data as { astro: { frontmatter: { minutesRead: number } } }).astro.frontmatter.minutesRead).toBe(3);
  });
});
