/**
 * The parsed dataset kept on disk between builds: parsing and validating the
 * YAML is seconds at 6,000 people (docs/benchmark.md), reading it back from
 * a V8-serialized copy is a few hundred milliseconds. The key is a sha256 of
 * the four file texts with the build day (readDataset's own key) and of the
 * code that parses them: every file under src/domain/ (parser, schemas,
 * cross-checks) and package-lock.json (yaml, zod). So a changed file, a new
 * day or a changed check parses again; a parse that fails is never stored.
 * One entry is kept (the latest), in `<root>/node_modules/.astro/dataset/`,
 * the folder CI keeps between builds (docs/deploy.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { Dataset } from '../domain/dataset.ts';

const FORMAT = 1;

/** sha256 of the parsing code: src/domain/**.ts (tests excluded) and the lockfile, under `root`. */
export function parserVersion(root: string): string {
  const hash = createHash('sha256').update(`dataset-disk-cache ${FORMAT}\n`);
  const domain = join(root, 'src/domain');
  const files = existsSync(domain)
    ? readdirSync(domain, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        .map((e) => join(e.parentPath, e.name))
        .sort()
    : [];
  for (const f of [...files, join(root, 'package-lock.json')]) if (existsSync(f)) hash.update(`${f}\n`).update(readFileSync(f));
  return hash.digest('hex');
}

/** The dataset for `texts` from `dir`, or `parse()`'s, stored there for the next build. */
export function diskCached(dir: string, version: string, texts: readonly string[], parse: () => Dataset): Dataset {
  const hash = createHash('sha256').update(`${version}\n`);
  for (const t of texts) hash.update(`${t.length}\n`).update(t);
  const key = hash.digest('hex');
  const path = join(dir, `${key}.v8`);
  if (existsSync(path)) {
    try {
      const stored = deserialize(readFileSync(path)) as { key: string; dataset: Dataset };
      if (stored.key === key) return stored.dataset;
    } catch {
      // Torn or from another Node: parse again below.
    }
  }
  const dataset = parse();
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) rmSync(join(dir, old), { force: true });
  // The MDX compile workers are threads of this process: the thread id keeps their temporary files apart.
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, serialize({ key, dataset }));
  renameSync(tmp, path);
  return dataset;
}
