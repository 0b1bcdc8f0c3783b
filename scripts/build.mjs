/**
 * `npm run build`: builds the site into a staging folder beside dist/, checks
 * it (scripts/lib/check-dist.mjs), and only then puts it in dist/'s place. A
 * build that fails, is interrupted (Ctrl-C, SIGTERM) or killed never touches
 * dist/: it stays the previous complete build (or absent), never a half-written
 * site, server chunks (.prerender/) or a draft's text.
 *
 * CLI:  node scripts/build.mjs [--preview] [any `astro build` option, e.g. --outDir out]
 *   --preview  a build to look at on this machine (npm start): PREVIEW=1, so no SITE_URL is needed and
 *              the canonical URLs point at localhost (src/integrations/site-url.ts)
 *
 * The staging folder is `.<dist>.staging-<pid>` next to dist/ (same file system, so the swap is two
 * renames); a folder left by a build that was killed outright (SIGKILL) is removed by the next build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkDist } from './lib/check-dist.mjs';

const project = process.cwd();
const args = process.argv.slice(2);
const preview = args.includes('--preview');
const astroArgs = args.filter((a) => a !== '--preview');

// The output folder: --outDir when given (either form), else dist/.
let target = resolve(project, 'dist');
for (let i = 0; i < astroArgs.length; i++) {
  const a = astroArgs[i];
  if (a === '--outDir' && astroArgs[i + 1]) {
    target = resolve(project, astroArgs[i + 1]);
    astroArgs.splice(i, 2);
    break;
  }
  if (a.startsWith('--outDir=')) {
    target = resolve(project, a.slice('--outDir='.length));
    astroArgs.splice(i, 1);
    break;
  }
}

const parent = dirname(target);
const name = basename(target);
const staging = join(parent, `.${name}.staging-${process.pid}`);
const previous = join(parent, `.${name}.previous-${process.pid}`);
const shown = (/** @type {string} */ p) => relative(project, p) || p;

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

// Leftovers of builds killed before they could clean up (their process is gone).
if (existsSync(parent)) {
  for (const entry of readdirSync(parent)) {
    const m = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)$`).exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    const leftover = join(parent, entry);
    // A "previous" folder whose build died between the two renames is the last complete build: put it back.
    if (m[1] === 'previous' && !existsSync(target)) renameSync(leftover, target);
    else rmSync(leftover, { recursive: true, force: true });
  }
}

const unchanged = () => (existsSync(target) ? `${shown(target)}/ is unchanged (the previous complete build)` : `${shown(target)}/ was not written`);

/** Stops with `code`, staging removed. */
function fail(/** @type {string} */ message, /** @type {number} */ code = 1) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild failed: ${message}\n${unchanged()}.`);
  process.exit(code);
}

const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const env = preview ? { ...process.env, PREVIEW: '1' } : process.env;
// --max-semi-space-size=64: fewer scavenges of the young generation while rendering (docs/benchmark.md).
const child = spawn(process.execPath, ['--max-semi-space-size=64', astro, 'build', '--outDir', staging, ...astroArgs], { cwd: project, env, stdio: 'inherit' });

/** @type {NodeJS.Signals | null} */
let stopping = null;
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    stopping = signal;
    // A terminal's Ctrl-C reaches the whole process group; a SIGTERM sent to this process alone is passed on.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (e) => fail(`could not start astro (${e.message})`));
child.on('exit', (code, signal) => {
  if (stopping) fail(`stopped by ${stopping}`, 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[/** @type {string} */ (stopping)] ?? 0));
  if (signal) fail(`astro build was killed (${signal})`);
  if (code !== 0) fail(`astro build exited with code ${code}`, code ?? 1);

  const problems = checkDist(staging, { project });
  if (problems.length > 0) fail(`the finished build is not fit to publish:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  // Two renames: dist/ is the old build, then briefly absent, then the new one; never partial.
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (e) {
    if (existsSync(previous)) renameSync(previous, target);
    fail(`could not move the build into ${shown(target)}/ (${/** @type {Error} */ (e).message})`);
  }
  rmSync(previous, { recursive: true, force: true });
  console.log(`\n${shown(target)}/ now holds the new build.`);
});
