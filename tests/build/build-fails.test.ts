/**
 * End-to-end: broken input fails `astro build` with a message naming the file,
 * the entry and the field, for each way a message reaches the build's output:
 * the data files (read when the config loads), a story's frontmatter, its
 * bytes, its address and its translationOf (the content layer and the story
 * loader), MDX syntax and a remark plugin's refusal (the
 * compile), and an expression that throws (the render); and a build that must
 * pass with planned dates. Each case builds a copy of the project in a
 * temporary folder (node_modules linked, not copied); the cases run at the same
 * time (each build is a process of its own, mostly waiting on the others).
 *
 * The other messages of those paths are the same code called directly, where a
 * real build would add nothing but minutes: frontmatter fields in
 * src/content/frontmatter-errors.test.ts (on the real story file), YAML syntax
 * and data fields in src/domain/dataset.test.ts, markup in remark-safe-markup.test.ts, and
 * unknown charts in remark-check-components.test.ts. That the real project
 * builds without a warning is read from the shared builds' logs
 * (tests/setup/builds.ts), not built again.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, it } from 'vitest';
import { BUILD_WAIT_MS, sharedBuild, type BuildName } from '../setup/builds.ts';
import { build as buildCopy, copyProject } from '../scripts/project.ts';

const copies: string[] = [];

/** A copy with its own content cache (see tests/scripts/project.ts), removed after the run. */
function copy(): string {
  const { dir } = copyProject();
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** `astro build` in the copy (tests/scripts/project.ts), its output as one uncoloured text. */
async function build(dir: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await buildCopy(dir, env);
  return { code, output: stripVTControlCharacters(stdout + stderr) };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('astro build refuses bad input', { timeout: 600_000 }, () => {
  it('fails on a reference to an unknown person, naming the entry and field', async ({ expect }) => {
    const dir = copy();
    edit(dir, 'content/data/events.yaml', '  - yang-song\n', '  - yang-sung\n');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('(entry "2025-09-yang-song-starts", the first person listed under "people"): unknown person "yang-sung"; did you mean "yang-song"?');
    // The Location is the data file an editor opens, and no stack in src/ follows it.
    const line = readFileSync(join(dir, 'content/data/events.yaml'), 'utf8').split('\n').indexOf('  - yang-sung') + 1;
    expect(output).toContain(`[DatasetError] The data in content/data has 1 problem:\n  - content/data/events.yaml:${line} `);
    expect(output).toContain(`Location:\n    ${join(dir, 'content/data/events.yaml')}:${line}:1`);
    expect(output).not.toMatch(/src\/(domain|site)\/[\w-]+\.ts|Stack trace/);
  });

  it('fails on a missing frontmatter field, saying so and pointing at the frontmatter block', async ({ expect }) => {
    const dir = copy();
    edit(dir, 'content/stories/meta-rekrut-yang-song.mdx', 'title: Yang Song dan Gelombang Rekrutmen Meta Superintelligence Labs\n', '');
    edit(dir, 'content/stories/meta-rekrut-yang-song.mdx', '  - Meja Data\n', '  - Meja Data\n  - 7\n');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      '[FrontmatterError] The frontmatter of content/stories/meta-rekrut-yang-song.mdx has 2 problems:\n' +
        '  - content/stories/meta-rekrut-yang-song.mdx:1 (field "title"): title is missing: add a line "title: …" between the two --- lines at the top\n' +
        '  - content/stories/meta-rekrut-yang-song.mdx:5 (the second name listed under "byline"): byline name must be text\n',
    );
    expect(output).toContain(`Location:\n    ${join(dir, 'content/stories/meta-rekrut-yang-song.mdx')}:1:1`);
    expect(output).not.toMatch(/title must be text|:0:0/);
  });

  it('fails on a tag missing its ">", with a plain sentence and the line of the tag', async ({ expect }) => {
    const dir = copy();
    const file = 'content/stories/meta-rekrut-yang-song.mdx';
    const tag = '  <Step until="2025-06-30" mark="2025-06-30" markLabel="30 Juni: memo MSL" highlight="openai">';
    const line = readFileSync(join(dir, file), 'utf8').split('\n').indexOf(tag) + 1;
    edit(dir, file, `${tag}\n`, `${tag.slice(0, -1)}\n`);
    // MDX_WORKERS_AFTER=0: every story compiles in a worker thread (src/integrations/mdx-workers.ts), as in a big build.
    const { code, output } = await build(dir, { MDX_WORKERS_AFTER: '0' });
    expect(code).not.toBe(0);
    expect(output).toContain(`The <Step> tag on line ${line} is not written properly. A tag ends with ">"`);
    // As in content/README.md ("MDX syntax"), where this example is shown.
    expect(output).toContain(`(The MDX parser stopped at line ${line + 1}, column 15: Unexpected character \`,\` (U+002C) in attribute name,`);
    expect(output).toContain(`Location:\n    ${join(dir, file)}:${line}:3`);
    // The story compiled in a worker thread, and its error came back whole.
    expect(output).toMatch(/\[msl:mdx-workers\] compiling the MDX files after the first 0 in \d+ worker threads? /);
  });

  it('fails, rather than waits, when more stories are broken than MDX compiles may run at once', async ({ expect }) => {
    // astro.config.mjs lets four MDX files compile at a time (src/integrations/limit-mdx-compiles.ts):
    // a failed compile must give its turn back, or a fifth broken story would stall the build.
    const dir = copy();
    const story = readFileSync(join(dir, 'content/stories/meta-rekrut-yang-song.mdx'), 'utf8').replace('<Scrolly chart="origins"', '<Scrolly chart="origin"');
    for (let i = 1; i <= 6; i++) writeFileSync(join(dir, `content/stories/rusak-${i}.mdx`), story);
    const line = story.split('\n').findIndex((l) => l.startsWith('<Scrolly chart="origin"')) + 1;
    // In one worker thread (src/integrations/mdx-workers.ts): its failed compiles must give their turns back too.
    const { code, output } = await build(dir, { MDX_WORKERS_AFTER: '0', MDX_WORKERS: '1' });
    expect(code).not.toBe(0);
    expect(output).toContain('[msl:mdx-workers] compiling the MDX files after the first 0 in 1 worker thread ');
    expect(output).toContain('Unknown chart "origin" in <Scrolly>: did you mean "origins"?');
    expect(output).toMatch(new RegExp(`content/stories/rusak-\\d\\.mdx:${line}:`));
  });

  it.for<BuildName>(['root', 'sub'])('builds the real project without a single warning (the shared %s build)', { timeout: BUILD_WAIT_MS }, async (name, { expect }) => {
    const { output } = await sharedBuild(name);
    expect(output).toContain('now holds the new build');
    expect(output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line))).toEqual([]);
  });

  it('fails on two stories with one address, naming both files', async ({ expect }) => {
    const dir = copy();
    const story = readFileSync(join(dir, 'content/stories/reorganisasi-agustus-2025.mdx'), 'utf8');
    writeFileSync(join(dir, 'content/stories/salinan.mdx'), story.replace('\nlang: id\n', '\nlang: id\nslug: meta-rekrut-yang-song\n'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/meta-rekrut-yang-song.mdx and content/stories/salinan.mdx both have the address /meta-rekrut-yang-song/');
  });

  it('fails on a translationOf that names no story, naming the file and line', async ({ expect }) => {
    const dir = copy();
    edit(dir, 'content/stories/en/yang-song-meta-hiring-wave.mdx', 'translationOf: meta-rekrut-yang-song', 'translationOf: meta-rekrut-yang-sung');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/en\/yang-song-meta-hiring-wave\.mdx:\d+: translationOf "meta-rekrut-yang-sung" names no story; did you mean "meta-rekrut-yang-song"\?/);
  });

  it('fails on a story byte that is not UTF-8, naming the file and line', async ({ expect }) => {
    const dir = copy();
    const path = join(dir, 'content/stories/reorganisasi-agustus-2025.mdx');
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('## Struktur baru');
    const line = text.slice(0, at).split('\n').length;
    writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, at + 3)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 3))])); // "é" in Windows-1252
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(`content/stories/reorganisasi-agustus-2025.mdx:${line}: this line holds bytes (0xE9) that are not UTF-8 text`);
  });

  it('fails on an MDX expression that throws, naming the story file and line rather than a compiled chunk', async ({ expect }) => {
    const dir = copy();
    edit(dir, 'content/stories/reorganisasi-agustus-2025.mdx', '\n## Struktur baru', '\nLihat {lihat.detail} di sini.\n\n## Struktur baru');
    const line = readFileSync(join(dir, 'content/stories/reorganisasi-agustus-2025.mdx'), 'utf8').split('\n').indexOf('Lihat {lihat.detail} di sini.') + 1;
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(`content/stories/reorganisasi-agustus-2025.mdx:${line}:7: the expression {lihat.detail} failed while the page was rendered: ReferenceError: lihat is not defined`);
  });

  it('builds a start and a leaving announced for the future when they are marked planned, and shows them as planned', async ({ expect }) => {
    const dir = copy();
    // Ruoming Pang's departure, moved after the build date; he has a card in the main story.
    edit(dir, 'content/data/people.yaml', "    reported: '2026-02-25'\n    left: '2026-02'\n", "    reported: '2026-02-25'\n    left: '2026-06'\n    planned: true\n");
    // And Yang Song's start, as if it had been announced for May.
    edit(dir, 'content/data/people.yaml', "  started: '2025-09'\n  startedNote:\n", "  started: '2026-05'\n  startedPlanned: true\n  startedNote:\n");
    const { code, output } = await build(dir, { BUILD_DATE: '2026-03-01' });
    expect(code, output.slice(-2000)).toBe(0);
    const html = readFileSync(join(dir, 'dist/meta-rekrut-yang-song/index.html'), 'utf8');
    const card = (id: string) => new RegExp(`<li id="orang-${id}"[\\s\\S]*?</li>`).exec(html)?.[0];
    expect(card('ruoming-pang')).toMatch(/<dt>Keluar \(rencana\)<\/dt>\s*<dd>\s*Juni 2026/);
    expect(card('yang-song')).toMatch(/<dt>Mulai bekerja \(rencana\)<\/dt>\s*<dd>\s*Mei 2026/);
    expect(card('alexandr-wang')).not.toContain('rencana');
    const csv = readFileSync(join(dir, 'dist/data/people.csv'), 'utf8').split('\n');
    const header = csv[0]!.split(',');
    const pang = csv.find((l) => l.startsWith('ruoming-pang,'))!;
    expect(header).toContain('departure_planned');
    expect(pang).toContain('2026-06');
    expect(pang).toContain('true');
  });
});

