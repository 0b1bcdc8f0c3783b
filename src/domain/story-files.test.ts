import { describe, expect, it } from 'vitest';
import { checkTranslations, collisionMessage, storyId, type StoryFile } from './story-files.ts';

describe('storyId', () => {
  it.each([
    ['meta-rekrut-yang-song.mdx', undefined, 'meta-rekrut-yang-song'],
    ['en/yang-song-meta-hiring-wave.mdx', undefined, 'en/yang-song-meta-hiring-wave'],
    ['en/draft-name.mdx', 'yang-song', 'en/yang-song'],
    ['2025-recap.mdx', undefined, '2025-recap'],
  ])('%s (slug %s) is at /%s/', (entry, slug, id) => {
    expect(storyId(entry, slug, `content/stories/${entry}`)).toBe(id);
  });

  it.each([
    ['Meta-Rekrut.mdx', undefined, 'content/stories/Meta-Rekrut.mdx: "Meta-Rekrut" is not kebab-case (a-z, 0-9 and single hyphens), and the file name is the page\'s address. Rename it, e.g. to "meta-rekrut.mdx"'],
    ['meta_rekrut.mdx', undefined, 'content/stories/meta_rekrut.mdx: "meta_rekrut" is not kebab-case (a-z, 0-9 and single hyphens), and the file name is the page\'s address. Rename it, e.g. to "meta-rekrut.mdx"'],
    ['meta--rekrut.mdx', undefined, 'e.g. to "meta-rekrut.mdx"'],
    ['rekrut ulang.mdx', undefined, 'e.g. to "rekrut-ulang.mdx"'],
    ['pengunduran-diri-é.mdx', undefined, 'e.g. to "pengunduran-diri-e.mdx"'],
    ['EN/story.mdx', undefined, 'content/stories/EN/story.mdx: "EN" is not kebab-case (a-z, 0-9 and single hyphens), and the file name is the page\'s address. Rename it, e.g. to "en"'],
    ['story.mdx', 'Yang Song', 'content/stories/story.mdx: slug "Yang Song" is not kebab-case (a-z, 0-9 and single hyphens), e.g. slug: yang-song'],
    ['story.mdx', 12, 'content/stories/story.mdx: slug 12 is not kebab-case'],
  ])('refuses %s (slug %j)', (entry, slug, message) => {
    expect(() => storyId(entry, slug, `content/stories/${entry}`)).toThrow(message);
  });

  it('names both files when two claim one address', () => {
    expect(collisionMessage('meta-rekrut-yang-song', 'content/stories/meta-rekrut-yang-song.mdx', 'content/stories/salinan.mdx')).toBe(
      'content/stories/meta-rekrut-yang-song.mdx and content/stories/salinan.mdx both have the address /meta-rekrut-yang-song/: one would silently replace the other. Rename one of them (or change its slug)',
    );
  });
});

describe('checkTranslations', () => {
  const fm = (lines: string) => `---\ntitle: T\nlang: en\n${lines}\n---\nBody.\n`;
  const id: StoryFile = { id: 'meta-rekrut-yang-song', file: 'content/stories/meta-rekrut-yang-song.mdx', text: fm(''), lang: 'id' };
  const en = (translationOf: string, extra: Partial<StoryFile> = {}): StoryFile => ({
    id: 'en/yang-song',
    file: 'content/stories/en/yang-song.mdx',
    text: fm(`translationOf: ${translationOf}`),
    lang: 'en',
    translationOf,
    ...extra,
  });

  it('accepts an edition that names the other language', () => {
    expect(checkTranslations([id, en('meta-rekrut-yang-song')], 'story')).toEqual([]);
  });

  it.each([
    ['meta-rekrut-yang-sung', 'content/stories/en/yang-song.mdx:4: translationOf "meta-rekrut-yang-sung" names no story; did you mean "meta-rekrut-yang-song"? Use the id of the edition this one translates (its file name without .mdx, e.g. "meta-rekrut-yang-song"), or remove translationOf: otherwise the language switch and hreflang links would silently vanish'],
    ['tidak-ada', 'content/stories/en/yang-song.mdx:4: translationOf "tidak-ada" names no story. Use the id'],
    ['en/yang-song', 'content/stories/en/yang-song.mdx:4: translationOf names this story itself; name the edition in the other language'],
  ])('refuses translationOf: %s', (target, message) => {
    expect(checkTranslations([id, en(target)], 'story')).toEqual([expect.stringContaining(message)]);
  });

  it('refuses an edition in the same language, and a published edition of a draft', () => {
    expect(checkTranslations([id, en('meta-rekrut-yang-song', { lang: 'id' })], 'story')).toEqual([
      'content/stories/en/yang-song.mdx:4: translationOf "meta-rekrut-yang-song" names a story in the same language (id); name the edition in the other language',
    ]);
    expect(checkTranslations([{ ...id, draft: true }, en('meta-rekrut-yang-song')], 'story')).toEqual([
      'content/stories/en/yang-song.mdx:4: translationOf "meta-rekrut-yang-song" names a draft, which is not published, so the language switch and hreflang links would silently vanish. Publish it, or remove translationOf until then',
    ]);
    expect(checkTranslations([{ ...id, draft: true }, en('meta-rekrut-yang-song', { draft: true })], 'story')).toEqual([]);
  });
});
