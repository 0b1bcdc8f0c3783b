/**
 * node scripts/bench-inline-css.mjs <dist> <out>
 *
 * An experiment for the first-screen work (docs/benchmark.md, "First screen
 * and Lighthouse"): copies a built site to <out> with each page's stylesheets
 * inlined as <style> and its <meta> CSP removed, so Lighthouse can measure what
 * inlining would save before the build does it:
 *   node scripts/bench-inline-css.mjs dist /tmp/dist-inline
 *   npm run bench -- --no-build --dist /tmp/dist-inline
 * Not for deploying: the copy has no CSP of its own.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles } from './bench-scale/page-bytes.mjs';

const [src, out] = process.argv.slice(2).map((p) => (p ? resolve(p) : p));
if (!src || !out) {
  console.error('usage: node scripts/bench-inline-css.mjs <dist> <out>');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
cpSync(src, out, { recursive: true });
let pages = 0;
for (const path of htmlFiles(out)) {
  const html = readFileSync(path, 'utf8')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (_m, href) => `<style>${readFileSync(join(out, href.replace(/^\//, '')), 'utf8')}</style>`);
  writeFileSync(path, html);
  pages++;
}
console.log(`${pages} pages with their stylesheets inlined, in ${out}`);
