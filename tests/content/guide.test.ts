/**
 * The editor's guide (content/README.md) and the README name only commands
 * that exist: every `npm run <name>` they show is a script in package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
