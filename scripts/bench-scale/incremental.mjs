/**
 * The publishing cases of scripts/bench-scale.mjs, run in a project copy that
 * was built once (its node_modules/.astro holds the incremental build's pages
 * and the compiled-MDX cache): edit one story, change one person, then check
 * that what the incremental builds left in dist/ is byte for byte what a full
 * build from empty caches writes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Reads /proc/loadavg's three averages ("1.02 0.87 0.66"), or os.loadavg() where there is none. */
export function loadavgText() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

/** A correction to one story: a sentence appended to its first paragraph. Returns the story's page path. */
export function editStory(dir, slug) {
  const file = join(dir, 'content/stories', `${slug}.mdx`);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('---', 3) + 3;
  const body = text.slice(end);
  const at = body.indexOf('\n\n', body.search(/\S/));
  writeFileSync(file, text.slice(0, end) + body.slice(0, at) + ' Koreksi: kalimat ini ditambahkan setelah terbit.' + body.slice(at));
  return `/${slug}/index.html`;
}

/** Changes a text of one person that no chart counts (the MSL role, printed on their card). */
export function changePerson(dir, id) {
  const file = join(dir, 'content/data/people.yaml');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`\n- id: ${id}\n`);
  if (start < 0) throw new Error(`changePerson: no person "${id}" in ${file}`);
  const role = /\n {2}mslRole:\n {4}id: ([^\n]*)/.exec(text.slice(start));
  if (!role) throw new Error(`changePerson: person "${id}" has no mslRole.id line`);
  const at = start + role.index + role[0].length;
  writeFileSync(file, `${text.slice(0, at)} (diperbarui)${text.slice(at)}`);
}

/**
 * Pages Astro rendered and pages it copied from the previous build, from a build log. Routes rendered at once
 * share log lines ("├─ /a├─ /b (+3ms)"); a copied one is always followed by its "(restored)" or "(cached)".
 */
export function routeCounts(log) {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const restored = [...text.matchAll(/├─ (\S+?)(?=\s*\((?:restored|cached)\))/g)].map((m) => m[1]);
  const copied = new Set(restored);
  const rendered = [...text.matchAll(/├─ (\S+?)(?=\d\d:\d\d:\d\d|├─|\s|$)/g)].map((m) => m[1]).filter((r) => !copied.has(r));
  return { rendered, restored };
}

function files(dir, base = dir, out = new Map()) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, base, out);
    else out.set(relative(base, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

/** Files that differ between two output folders (missing on either side, or other bytes). */
export function differences(a, b) {
  if (!existsSync(a) || !existsSync(b)) return [`${existsSync(a) ? b : a} is missing`];
  const fa = files(a);
  const fb = files(b);
  const out = [];
  for (const [p, h] of fa) if (fb.get(p) !== h) out.push(fb.has(p) ? `${p} differs` : `${p} only in the incremental build`);
  for (const p of fb.keys()) if (!fa.has(p)) out.push(`${p} only in the full build`);
  return out.sort();
}
