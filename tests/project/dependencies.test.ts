/**
 * What the build and the editors' scripts import at run time is a dependency, not a devDependency:
 * hosts that install with NODE_ENV=production (npm ci --omit=dev) must still build. Type-only
 * imports, tests and the benchmark are exempt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../publish/site.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
// @site-fonts/ is a folder of generated fonts (the alias of src/integrations/site-fonts.ts), not a package.
const BUILTIN = /^(node:|astro:|virtual:|@site-fonts\/)/;

function files(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !/\.test\.ts$|(^|\/)fixtures\//.test(f))
    .map((f) => join(dir, f));
}

/** Package names a file imports at run time (import x from 'p', import 'p', import('p')), type-only imports left out. */
export function runtimeImports(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('.') || spec.startsWith('/') || BUILTIN.test(spec)) continue;
    out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return [...out];
}

describe('dependencies', () => {
  it('reads run-time imports and skips type-only ones', () => {
    expect(runtimeImports("import type { Root } from 'mdast';\nimport { visit } from 'unist-util-visit';\nimport 'chart.js/auto';\nconst x = await import('@napi-rs/canvas/x');")).toEqual(['unist-util-visit', 'chart.js', '@napi-rs/canvas']);
  });
  const sources = [...files('src'), 'astro.config.mjs', ...files('scripts').filter((f) => !/bench/.test(f))];
  it.each(sources)('%s imports only dependencies', (file) => {
    const missing = runtimeImports(readFileSync(join(PROJECT_ROOT, file), 'utf8')).filter((p) => !(p in pkg.dependencies) && p !== 'astro');
    expect(missing, `move to "dependencies" in package.json: ${missing.join(', ')}`).toEqual([]);
  });
});
