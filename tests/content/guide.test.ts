/**
 * The editor's guide (content/README.md) and the README name only commands
 * that exist: every `npm run <name>` they show is a script in package.json;
 * the guide's table of chart keys names exactly the keys a chart acts on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
