#!/usr/bin/env node
/**
 * Compares two built sites file by file, as a refactoring must leave them:
 *
 *   node scripts/compare-dist.mjs <before-dist> <after-dist>
 *
 * Vite names bundled assets after their content (`_astro/chart-figure.B1x2y3.js`),
 * so a moved module renames its file and every page that links it. Both sides
 * are normalised first: each hashed name becomes its stem (`chart-figure.js`),
 * in paths and inside every text file. What remains is printed: files only on
 * one side, and files whose normalised contents differ (with the first
 * differing line). Exit code 0 when the two are the same, 1 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const HASHED = /([A-Za-z0-9_.@-]+?)\.([A-Za-z0-9_-]{8})(\.(?:js|css|woff2|png|jpg|svg|json))/g;
const TEXT = /\.(html|js|css|json|xml|txt|svg|csv|webmanifest)$|_headers$|_redirects$/;

function files(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

const normalise = (text) => text.replace(HASHED, '$1$3');

function index(root) {
  const map = new Map();
  for (const file of files(root)) {
    const key = normalise(file);
    if (map.has(key)) throw new Error(`${root}: ${file} and ${map.get(key).file} normalise to the same name ${key}`);
    map.set(key, { file, path: join(root, file) });
  }
  return map;
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const at = [...(la[i] ?? '')].findIndex((ch, j) => ch !== (lb[i] ?? '')[j]);
      const from = Math.max(0, at - 60);
      return `line ${i + 1}: - ${(la[i] ?? '').slice(from, from + 160)}\n              + ${(lb[i] ?? '').slice(from, from + 160)}`;
    }
  }
  return '';
}

export function compareDist(before, after) {
  const a = index(before);
  const b = index(after);
  const onlyBefore = [...a.keys()].filter((k) => !b.has(k)).sort();
  const onlyAfter = [...b.keys()].filter((k) => !a.has(k)).sort();
  const differ = [];
  let same = 0;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) continue;
    const bx = readFileSync(x.path);
    const by = readFileSync(y.path);
    if (TEXT.test(key)) {
      const tx = normalise(bx.toString('utf8'));
      const ty = normalise(by.toString('utf8'));
      if (tx === ty) same++;
      else differ.push({ key, detail: firstDifference(tx, ty) });
    } else if (bx.equals(by)) same++;
    else differ.push({ key, detail: `binary, ${bx.length} -> ${by.length} bytes` });
  }
  return { same, onlyBefore, onlyAfter, differ: differ.sort((p, q) => p.key.localeCompare(q.key)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: node scripts/compare-dist.mjs <before-dist> <after-dist>');
    process.exit(2);
  }
  const { same, onlyBefore, onlyAfter, differ } = compareDist(before, after);
  console.log(`${same} files the same (hashed asset names normalised)`);
  for (const k of onlyBefore) console.log(`only in ${before}: ${k}`);
  for (const k of onlyAfter) console.log(`only in ${after}: ${k}`);
  for (const { key, detail } of differ) console.log(`differs: ${key}\n  ${detail}`);
  process.exit(onlyBefore.length + onlyAfter.length + differ.length === 0 ? 0 : 1);
}
