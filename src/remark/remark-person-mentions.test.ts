import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPersonMentions } from './remark-person-mentions.ts';

const people = new Map([
  ['Yang Song', 'yang-song'],
  ['Shengjia Zhao', 'shengjia-zhao'],
  ['Alexander Kolesnikov', 'alexander-kolesnikov'],
]);

function run(mdx: string): string {
  return String(unified().use(remarkParse).use(remarkMdx).use(remarkPersonMentions, { people, include: () => true }).use(remarkStringify).processSync(mdx));
}

describe('remarkPersonMentions', () => {
  it('links the first mention per section and lists the people at the end', () => {
    expect(run('Yang Song melapor ke Shengjia Zhao. Yang Song mulai September.\n\n## Bagian dua\n\nLagi: Yang Song.\n')).toBe(
      '[Yang Song](#orang-yang-song) melapor ke [Shengjia Zhao](#orang-shengjia-zhao). Yang Song mulai September.\n\n## Bagian dua\n\nLagi: [Yang Song](#orang-yang-song).\n\n<PeopleIndex ids="yang-song,shengjia-zhao" />\n',
    );
  });

  it('leaves headings, links, code and JSX attributes alone', () => {
    expect(run('## Yang Song\n\n[Yang Song](https://example.org) dan `Yang Song`.\n\n<Step markLabel="Yang Song">teks</Step>\n')).toBe(
      '## Yang Song\n\n[Yang Song](https://example.org) dan `Yang Song`.\n\n<Step markLabel="Yang Song">teks</Step>\n',
    );
  });

  it('links names inside component children and does not match inside longer words', () => {
    expect(run('<Step>\n  Kata Yang Songbird bukan nama. Yang Song ya.\n</Step>\n')).toContain('Kata Yang Songbird bukan nama. [Yang Song](#orang-yang-song) ya.');
  });

  it('treats only story files by default', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPersonMentions, { people }).use(remarkStringify);
    expect(String(processor.processSync({ path: '/x/content/pages/metode.mdx', value: 'Yang Song.\n' }))).toBe('Yang Song.\n');
    expect(String(processor.processSync({ path: '/x/content/stories/a.mdx', value: 'Yang Song.\n' }))).toContain('(#orang-yang-song)');
  });

  it('adds nothing when nobody is mentioned', () => {
    expect(run('Tidak ada nama di sini.\n')).toBe('Tidak ada nama di sini.\n');
  });
});
