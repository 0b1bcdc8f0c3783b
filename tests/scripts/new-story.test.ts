/**
 * `npm run new-story -- <slug>` in a copy of the project: the file it writes,
 * the slugs it refuses, and that the scaffold builds as it stands.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { storySchema } from '../../src/domain/schemas/story.ts';
import { build, copyProject, localToday, script, splitStory } from './project.ts';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = copyProject()));
afterAll(() => remove());

const stories = () => readdirSync(join(dir, 'content/stories')).sort();

describe('npm run new-story', () => {
  it('writes content/stories/<slug>.mdx with valid frontmatter and a two-step scrolly section', async () => {
    const { code, stdout, stderr } = await script(dir, 'new-story', ['kisah-baru']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Created content/stories/kisah-baru.mdx');
    expect(stdout).toContain('http://localhost:4321/kisah-baru/');

    const { frontmatter, body } = splitStory(readFileSync(join(dir, 'content/stories/kisah-baru.mdx'), 'utf8'));
    // YAML 1.1, like Astro's frontmatter parser: an unquoted date would come back as a Date and fail here.
    const data = parse(frontmatter, { version: '1.1' }) as unknown;
    expect(data).toEqual({
      title: 'EDIT ME: the headline',
      dek: 'EDIT ME: one or two sentences under the headline',
      byline: ['Meja Data'],
      lang: 'id',
      published: localToday(),
      basedOn: {
        publisher: 'EDIT ME: publisher of the original, e.g. WIRED',
        title: 'EDIT ME: headline of the original, in its own language',
        dateNote: 'EDIT ME: its publication date in words, e.g. 24 September 2025',
        url: null,
      },
      description: 'EDIT ME: summary for search results and link previews, at most 160 characters',
    });
    expect(storySchema.safeParse(data).success).toBe(true);
    expect(frontmatter).toContain(`published: '${localToday()}'`);

    expect(body.match(/<Scrolly chart="hiring-wave" title="[^"]+"/g)).toHaveLength(1);
    expect(body.match(/<Step[ >]/g)).toHaveLength(2);
    expect(body).toContain('<Step until="2025-06-30" mark="2025-06-30" markLabel="30 Juni: memo MSL" highlight="openai">');
    expect(body).toContain('<Step view="cumulative">');
  });

  it.each([
    ['Kisah Baru', '"Kisah Baru" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Try "kisah-baru".'],
    ['kisah--baru', '"kisah--baru" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Try "kisah-baru".'],
    ['Berita_Ü', '"Berita_Ü" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Try "berita-u".'],
    ['_kisah', '"_kisah" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Leave out the underscore: it marks a draft file and is not part of the slug.'],
    ['', '"" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song".'],
    ['a'.repeat(61), `"${'a'.repeat(61)}" is 61 characters long; keep slugs to 60 or fewer (it becomes the page address).`],
    ['metode', '"metode" is taken by src/pages/metode.astro: the story would never be reached at /metode/. Pick another slug.'],
    ['en', '"en" is taken by src/pages/en/: the story would never be reached at /en/. Pick another slug.'],
    ['meta-rekrut-yang-song', 'content/stories/meta-rekrut-yang-song.mdx already exists (a story with this slug). Edit that file, or pick another slug.'],
  ])('refuses the slug %j with a message', async (slug, message) => {
    const before = stories();
    const { code, stdout, stderr } = await script(dir, 'new-story', [slug]);
    expect(code).toBe(1);
    expect(stderr).toBe(`Error: ${message}\n`);
    expect(stdout).toBe('');
    expect(stories()).toEqual(before);
  });

  it('refuses a slug whose draft exists, and leaves the draft alone', async () => {
    writeFileSync(join(dir, 'content/stories/_kisah-draf.mdx'), 'draf\n');
    const { code, stderr } = await script(dir, 'new-story', ['kisah-draf']);
    expect(code).toBe(1);
    expect(stderr).toBe('Error: content/stories/_kisah-draf.mdx already exists (a draft with this slug). Edit that file, or pick another slug.\n');
    expect(readFileSync(join(dir, 'content/stories/_kisah-draf.mdx'), 'utf8')).toBe('draf\n');
    expect(existsSync(join(dir, 'content/stories/kisah-draf.mdx'))).toBe(false);
  });

  it('asks for exactly one slug', async () => {
    for (const args of [[], ['satu', 'dua']]) {
      const { code, stderr } = await script(dir, 'new-story', args);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Error: give exactly one slug, e.g.\n {2}npm run new-story -- /);
    }
  });

  it('writes a story the build refuses until its placeholders are written, then turns into a page', async () => {
    expect((await script(dir, 'new-story', ['kisah-dibangun'])).code).toBe(0);
    // This copy holds the other tests' new stories too: write their placeholders, so the refusal is this story's.
    const stories = readdirSync(join(dir, 'content/stories')).filter((n) => n.endsWith('.mdx'));
    const fill = (name: string) => {
      const path = join(dir, 'content/stories', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/EDIT ME: ?/g, ''));
    };
    for (const name of stories.filter((n) => n !== 'kisah-dibangun.mdx')) fill(name);
    const refused = await build(dir);
    expect(refused.code).not.toBe(0);
    // eslint-disable-next-line no-control-regex -- the build log is coloured
    const log = (refused.stdout + refused.stderr).replace(/\u001b\[[0-9;]*m/g, '');
    expect(log).toMatch(/"EDIT ME:" placeholders left on lines \d+(, \d+)+: readers would see them\. Write the real text \(grep -n "EDIT ME" content\/stories\/kisah-dibangun\.mdx\)/);
    fill('kisah-dibangun.mdx');
    const { code, stdout, stderr } = await build(dir);
    expect(code, stdout + stderr).toBe(0);
    const html = readFileSync(join(dir, 'dist/kisah-dibangun/index.html'), 'utf8');
    expect(html).toContain('<h1>the headline</h1>');
    expect(html.match(/class="step"/g)).toHaveLength(2);
    expect(html).toContain('data-chart-id="hiring-wave"');
  }, 600_000);
});
