/**
 * The editor's guide (content/README.md) and the README name only commands
 * that exist: every `npm run <name>` they show is a script in package.json;
 * the guide's examples of error messages are what the code says; the
 * guide's table of chart keys names exactly the keys a chart acts on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatFrontmatterIssue, locateIssues } from '../../src/content/frontmatter-errors.ts';
import { DatasetError } from '../../src/domain/dataset.ts';
import { storySchema } from '../../src/domain/schemas/story.ts';
import { remarkCheckComponents } from '../../src/remark/remark-check-components.ts';
import { compileInputsOf } from '../../src/remark/compile-inputs.ts';
import { remarkExplainSyntax } from '../../src/remark/remark-explain-syntax.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { exploreUi } from '../../src/i18n/explore.ts';
import { move } from '../../src/specs/explore.ts';
import type { DrawnView } from '../../src/specs/types.ts';
import { PROJECT_ROOT } from '../publish/site.ts';

const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe.each(['content/README.md', 'README.md'])('%s', (file) => {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const named = [...new Set([...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];

  it('shows commands', () => {
    expect(named.length).toBeGreaterThan(3);
  });

  it.each(named)('names npm run %s, which package.json defines', (name) => {
    expect(scripts).toContain(name);
  });
});

/** The fenced block in the guide that starts with `first`. */
function block(guide: string, first: string): string[] {
  const at = guide.indexOf(`\`\`\`\n${first}`);
  if (at < 0) throw new Error(`content/README.md has no example starting with "${first}"`);
  return guide.slice(at + 4, guide.indexOf('\n```', at + 4)).split('\n');
}

/** Line numbers move when the data grows: the examples are compared without them. */
const lineless = (s: string) => s.replace(/\.(yaml|mdx):\d+/g, '.$1:N').replace(/line \d+/g, 'line N');

describe('the error examples in content/README.md are what the build says', () => {
  const guide = readFileSync(join(PROJECT_ROOT, 'content/README.md'), 'utf8');
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a data mistake: the build message, a list item named in words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msl-guide-'));
    dirs.push(dir);
    cpSync(join(PROJECT_ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
    const events = join(dir, 'content/data/events.yaml');
    writeFileSync(events, readFileSync(events, 'utf8').replace('  - yang-song\n', '  - yang-sung\n'));
    let message = '';
    try {
      readDataset(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      message = (e as DatasetError).message;
    }
    const example = block(guide, '[DatasetError]');
    expect(lineless(`[DatasetError] ${message}`)).toBe(lineless(example.slice(0, 2).join('\n')));
  });

  it('a frontmatter mistake: a missing title and a byline name that is not text, each at its line', () => {
    const story = readFileSync(join(PROJECT_ROOT, 'content/stories/meta-rekrut-yang-song.mdx'), 'utf8')
      .replace(/^title: .*\n/m, '')
      .replace('  - Meja Data\n', '  - Meja Data\n  - 7\n');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(story)![1]!);
    const result = storySchema.safeParse(data);
    expect(result.success).toBe(false);
    const lines = locateIssues(story, result.error!.issues).map((i) => `  - ${formatFrontmatterIssue('content/stories/meta-rekrut-yang-song.mdx', i)}`);
    expect(block(guide, '[FrontmatterError]').slice(1)).toEqual(lines);
  });

  it('a tag missing its ">": the plain sentence and the parser message', () => {
    const tag = '  <Step until="2025-06-30" mark="2025-06-30" markLabel="30 Juni: memo MSL" highlight="openai">';
    const text = readFileSync(join(PROJECT_ROOT, 'content/stories/meta-rekrut-yang-song.mdx'), 'utf8');
    expect(text).toContain(tag);
    const file = new VFile({ path: 'content/stories/meta-rekrut-yang-song.mdx', value: text.replace(`${tag}\n`, `${tag.slice(0, -1)}\n`) });
    let message = '';
    try {
      unified().use(remarkParse).use(remarkMdx).use(remarkExplainSyntax).parse(file);
    } catch (e) {
      message = (e as Error).message;
    }
    const [sentence, parser] = block(guide, 'The <Step> tag');
    const [said, stopped] = message.split('\n');
    expect(lineless(said!)).toBe(lineless(sentence!));
    expect(lineless(stopped!).startsWith(lineless(parser!.replace(/, …\)$/, ',')))).toBe(true);
  });

  it('an unknown highlight: the series and the bars of the view', () => {
    const row = /\| `(<Step highlight="x">: view "destinations"[^`]*)`/.exec(guide)?.[1];
    expect(row).toBeDefined();
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckComponents, { inputs: () => compileInputsOf(readDataset(PROJECT_ROOT)) });
    const file = new VFile({ path: 'content/stories/contoh.mdx', value: '<Scrolly chart="departures" title="x">\n<Step view="destinations" highlight="x">a</Step>\n</Scrolly>\n' });
    let message = '';
    try {
      processor.runSync(processor.parse(file), file);
    } catch (e) {
      message = (e as { reason: string }).reason;
    }
    const [head, ...rest] = row!.split(' … ');
    expect(message.startsWith(head!.replace(/…$/, ''))).toBe(true);
    const keys = rest.join(' … ');
    expect(message).toContain(keys.slice(0, keys.indexOf('"')));
    // The bars the guide names are bars of that view (the list grows with the data).
    const named = [...keys.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(1);
    for (const bar of named) expect(message).toContain(`"${bar}"`);
  });
});

describe("content/README.md's keyboard table", () => {
  const text = readFileSync(join(PROJECT_ROOT, 'content/README.md'), 'utf8');
  const section = text.slice(text.indexOf('### Charts by keyboard and screen reader'), text.indexOf('### `<Scrolly>` with a diagram'));
  /** The keys the table's first column names, as KeyboardEvent.key values. */
  const names: Record<string, string> = { Left: 'ArrowLeft', Right: 'ArrowRight', Up: 'ArrowUp', Down: 'ArrowDown', Home: 'Home', End: 'End', S: 's', Escape: 'Escape' };
  const listed = [...section.matchAll(/^\| ([^|]+?) \| /gm)].map((m) => m[1]!).filter((c) => c !== 'Key' && !c.startsWith('---')).flatMap((c) => c.split(', ').map((k) => names[k] ?? `unknown key "${k}"`));
  /** A small view: three bars, two series, nothing shown before a key. */
  const view: DrawnView = { key: 'v', name: 'v', indexAxis: 'x', stacked: true, labels: ['a', 'b', 'c'], categoryDays: null, series: [1, 2].map((n) => ({ key: `s${n}`, label: `S${n}`, colour: 'openai', tone: 'solid', data: [1, 2, 3] })), valueTitle: '', summable: true };

  it('names the keys the explorer acts on, and only those', () => {
    const moves = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageDown', 'Enter', ' ', 'a'].filter((k) => move(view, {}, { category: 1, series: 0 }, k) !== null);
    // S (sound) and Escape (leave) are handled by the explorer itself (src/client/chart-explorer.ts), not by move().
    expect(listed.sort()).toEqual([...moves, 's', 'Escape'].sort());
  });

  it('matches the hint readers see and hear in both editions (every key named there)', () => {
    for (const l of ['id', 'en'] as const) for (const word of ['Home', 'End', 'S', 'Esc']) expect(exploreUi[l].hint, l).toContain(word);
  });
});
