/**
 * Runs the project's build script (`npm run build`) in a project copy and measures it: wall time, CPU time
 * (user + system of the whole tree, from /usr/bin/time; less sensitive than
 * wall time to other work on the machine), peak memory of the whole process
 * tree, and the phases Astro logs.
 *
 * Memory, two ways:
 *  - treePeakMB: every 100 ms, the sum of VmRSS over the build process and all
 *    its descendants (/proc/<pid>/status), maximum over the run. Counts
 *    esbuild/rolldown helpers and workers too; can miss a spike shorter than
 *    the interval.
 *  - maxProcessMB: `/usr/bin/time -v`'s "Maximum resident set size", the
 *    high-water mark of the largest single process (kernel-exact), when
 *    /usr/bin/time exists; otherwise the largest VmHWM seen while polling.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

function readStatus(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
}
const kbField = (status, name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** pid -> parent pid for every process visible in /proc. */
function parents() {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may contain spaces and parentheses
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      /* exited */
    }
  }
  return out;
}

function descendants(root) {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Seconds from an Astro log duration: "868ms", "4.72s", "1m", "1m 0s", "2m 17s". */
const DURATION = String.raw`(\d+m(?!s)(?:\s*[\d.]+m?s)?|[\d.]+m?s)`;
export function seconds(text) {
  const m = /^(?:(\d+)m(?!s))?\s*(?:([\d.]+)(m?s))?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + (m[2] === undefined ? 0 : m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/**
 * Phase times from Astro's build log (FORCE_COLOR=0): content sync and types,
 * each Vite build, rendering ("generating static routes"), and the render
 * time Astro prints per route, summed by kind: story pages (/<story id>/),
 * og images (/og/…), other.
 */
export function phases(log, storyIds = []) {
  const storyRoutes = new Set(storyIds.map((id) => `/${id}/index.html`));
  const out = { sync: null, vite: [], render: null, pages: null, routes: {}, renderSumStories: 0, storyPages: 0 };
  const sync = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(log);
  if (sync) out.sync = seconds(sync[1]);
  for (const m of log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))) out.vite.push(seconds(m[1]));
  const at = log.indexOf('generating static routes');
  if (at >= 0) {
    const routes = log.slice(at);
    const done = new RegExp(String.raw`✓ Completed in ${DURATION}`).exec(routes);
    if (done) out.render = seconds(done[1]);
    for (const m of routes.matchAll(new RegExp(String.raw`├─ (\S+) \(\+${DURATION}\)`, 'g'))) {
      const route = m[1];
      const kind = storyRoutes.has(route) ? 'story pages' : /^\/og\//.test(route) ? 'og images' : 'other';
      const r = (out.routes[kind] ??= { count: 0, seconds: 0 });
      r.count++;
      r.seconds += seconds(m[2]) ?? 0;
    }
    out.renderSumStories = out.routes['story pages']?.seconds ?? 0;
    out.storyPages = out.routes['story pages']?.count ?? 0;
  }
  const pages = new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`).exec(log);
  if (pages) out.pages = Number(pages[1]);
  return out;
}

/**
 * Peak RSS (MB) of the process tree in each phase, aligning the samples with
 * the HH:MM:SS stamps of Astro's log: sync (until "[types] Generated"), vite
 * (until the last "[vite] ✓ built"), render (the rest). Second resolution.
 */
export function peakByPhase(samples, log) {
  const stamp = (re) => {
    const lines = log.split('\n').filter((l) => re.test(l));
    const m = /(\d\d):(\d\d):(\d\d)/.exec(lines.at(-1) ?? '');
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
  };
  const syncEnd = stamp(/\[types\] Generated/);
  const viteEnd = stamp(/\[vite\] ✓ built in/);
  if (syncEnd === null || viteEnd === null) return null;
  const out = { sync: 0, vite: 0, render: 0 };
  for (const [t, kb] of samples) {
    const d = new Date(t);
    const sec = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
    const phase = sec <= syncEnd ? 'sync' : sec <= viteEnd ? 'vite' : 'render';
    out[phase] = Math.max(out[phase], Math.round(kb / 1024));
  }
  return out;
}

/**
 * Builds the project in `dir` the way `npm run build` does: its package.json's
 * build script, run by sh with `root`'s node_modules/.bin first on the PATH
 * (Node 22 and astro), without npm's own process in the measured tree.
 * storyIds: ids of the stories (their pages are /<id>/), to tell story pages
 * apart in the per-route render times.
 * @returns {Promise<{ ok: boolean, code: number | null, seconds: number, cpuSeconds: number | null, treePeakMB: number, peakByPhaseMB: { sync: number, vite: number, render: number } | null, maxProcessMB: number | null, log: string, phases: ReturnType<typeof phases> }>}
 */
export function build(dir, root, { timeoutMs = Number(process.env.BENCH_TIMEOUT_MIN ?? 120) * 60_000, storyIds = [] } = {}) {
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build;
  const timeFile = join(dir, '.bench-scale-time.txt');
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-v', '-o', timeFile, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PREVIEW: '1', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` };
  return new Promise((resolveBuild) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (b) => chunks.push(b));
    child.stderr.on('data', (b) => chunks.push(b));
    let treePeak = 0;
    let hwm = 0;
    /** [time (ms since epoch), RSS sum (kB)] */
    const samples = [];
    const sample = () => {
      let sum = 0;
      for (const pid of descendants(child.pid)) {
        const status = readStatus(pid);
        if (!status) continue;
        sum += kbField(status, 'VmRSS');
        hwm = Math.max(hwm, kbField(status, 'VmHWM'));
      }
      treePeak = Math.max(treePeak, sum);
      samples.push([Date.now(), sum]);
    };
    const timer = setInterval(sample, 100);
    // The whole tree: killing only /usr/bin/time left astro running (a 1,000-story build at a load average of 40 took 43 min).
    const killer = setTimeout(() => {
      for (const pid of [...descendants(child.pid)].reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(killer);
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      const log = Buffer.concat(chunks).toString('utf8');
      writeFileSync(join(dir, '.bench-scale-build.log'), log);
      let maxProcessKB = hwm;
      let cpuSeconds = null;
      if (useTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) maxProcessKB = Math.max(Number(m[1]), hwm);
        const user = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
      }
      resolveBuild({ ok: code === 0, code, seconds: secs, cpuSeconds, treePeakMB: treePeak / 1024, maxProcessMB: maxProcessKB ? maxProcessKB / 1024 : null, peakByPhaseMB: peakByPhase(samples, log), log, phases: phases(log, storyIds) });
    });
  });
}
