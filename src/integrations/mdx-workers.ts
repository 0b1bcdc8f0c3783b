/**
 * An Astro integration that compiles the stories' MDX in worker threads
 * during `astro build`, so that the unified pipeline (micromark, our remark
 * plugins, rehype, recma: about 45 CPU s at 1,000 stories) runs on every
 * core instead of only on the main thread. Pages are byte for byte the same
 * (docs/benchmark.md).
 *
 * How: @astrojs/mdx asks the configured processor (`markdown.processor`) for
 * an MDX renderer when it compiles its first file. In a build, this hands it
 * a renderer that sends each file to a pool of workers. Each worker makes the
 * same processor (storyProcessor() in src/integrations/story-pipeline.ts,
 * which astro.config.mjs uses) with the options @astrojs/mdx passed, and
 * compiles one file at a time (src/integrations/mdx-worker.ts). A compile's error comes back with its
 * name, message, stack and fields (line, column, reason…), so
 * @astrojs/mdx reports it exactly as it does an error thrown in the thread.
 * The compiled-MDX cache and the compile limit (mdx-cache.ts,
 * limit-mdx-compiles.ts) wrap the Vite transform around it and are unchanged.
 *
 * The first IN_THREAD_FIRST files (24) compile in the main thread, and the
 * workers start only for the next one: a small site never starts them.
 *
 * `astro dev` is left alone: it compiles one page at a time, in the thread.
 * `MDX_WORKERS=0` turns the workers off in a build too (a debugger, a
 * profile); `MDX_WORKERS=n` sets their number (by default, one per core, at
 * most four); `MDX_WORKERS_AFTER=n` sets how many files compile in the
 * thread first (the tests send every file to the workers with 0).
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isStoryProcessor } from './story-pipeline.ts';
import { deserializeError, type Close, type Job, type MdxOptions, type MdxRenderer, type MdxResult, type Reply, type SharedOptions, type WorkerOptions } from './mdx-worker-protocol.ts';

const WORKER = new URL('./mdx-worker.ts', import.meta.url);
/**
 * Each worker's heap. A worker holds the pipeline and the dataset (about 70 MB at 1,000 stories) and one story's
 * syntax trees at a time; without a cap V8 lets garbage pile up in every worker, and the build's peak memory
 * rose from 1.5 to 2.3 GB (docs/benchmark.md).
 */
export const WORKER_HEAP_MB = 512;
/**
 * Each worker's young generation. A worker would inherit `npm run build`'s --max-semi-space-size=64
 * (scripts/build.mjs); in three 1,000-story builds one after the other, 48 MB was no slower and peaked lower
 * (docs/benchmark.md, finding 21).
 */
export const WORKER_YOUNG_MB = 48;

interface Pending {
  job: Job;
  resolve: (result: MdxResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
}

export interface PoolOptions {
  size: number;
  /** What each worker makes its processor from. */
  options: WorkerOptions;
  /** The main thread's renderer: it compiles a file no worker can (the pool closed, a worker stopped). */
  fallback: MdxRenderer;
  /** Says in the build's log that a file went to the fallback, and why. */
  warn: (message: string) => void;
  /** The worker's module (a test gives one that stops). */
  script?: URL;
}

/** How long close() waits for a worker to end by itself (its last log lines reach the build's output) before it stops it. */
const EXIT_WAIT_MS = 5_000;

/**
 * Workers that each compile one file at a time, in the order sent; a file goes to the one with the fewest in
 * hand. A worker that stops (out of memory, a crash) leaves the pool, and the files it had in hand compile in
 * the main thread instead, with a warning: the build is the same, only slower.
 */
export class MdxPool implements MdxRenderer {
  readonly #slots: Slot[] = [];
  readonly #fallback: MdxRenderer;
  readonly #warn: (message: string) => void;
  #next = 0;
  #closed = false;

  constructor({ size, options, fallback, warn, script = WORKER }: PoolOptions) {
    this.#fallback = fallback;
    this.#warn = warn;
    for (let i = 0; i < size; i++) this.#start(options, script);
  }

  #start(options: WorkerOptions, script: URL) {
    const worker = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (reply: Reply) => {
      const pending = slot.jobs.get(reply.id);
      if (!pending) return;
      slot.jobs.delete(reply.id);
      if (reply.error) pending.reject(deserializeError(reply.error));
      else pending.resolve(reply.result);
    });
    const stopped = (why: string) => {
      const at = this.#slots.indexOf(slot);
      if (at >= 0) this.#slots.splice(at, 1);
      const inHand = [...slot.jobs.values()];
      slot.jobs.clear();
      if (inHand.length === 0) return;
      const files = inHand.map((p) => p.job.filePath).join(', ');
      this.#warn(`An MDX compile worker stopped (${why}) with ${files} in hand: ${inHand.length === 1 ? 'it compiles' : 'they compile'} in the main thread instead. MDX_WORKERS=0 compiles every file there (src/integrations/mdx-workers.ts).`);
      for (const p of inHand) this.#inThread(p);
    };
    worker.on('error', (e) => stopped(e.message));
    worker.on('exit', (code) => {
      if (!this.#closed) stopped(`exit code ${code}`);
    });
    // The workers do not keep the build's process alive (a failed build ends at once); close() ends them.
    worker.unref();
    this.#slots.push(slot);
  }

  #inThread({ job, resolve, reject }: Pending) {
    this.#fallback.process(job.content, job.filePath, job.frontmatter).then(resolve, reject);
  }

  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<MdxResult> {
    if (this.#closed || this.#slots.length === 0) return this.#fallback.process(content, filePath, frontmatter);
    const slot = this.#slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const job: Job = { id: this.#next++, content, filePath, frontmatter };
    try {
      slot.worker.postMessage(job);
    } catch {
      // Frontmatter a thread cannot be sent (it never is: YAML gives plain data) compiles here.
      return this.#fallback.process(content, filePath, frontmatter);
    }
    return new Promise<MdxResult>((resolve, reject) => {
      slot.jobs.set(job.id, { job, resolve, reject });
    });
  }

  /** Ends the workers, letting each finish by itself; a file still in hand (Vite waits for every file, so none) compiles in the thread. */
  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      for (const p of slot.jobs.values()) this.#inThread(p);
      slot.jobs.clear();
    }
    await Promise.all(
      slots.map(async ({ worker }) => {
        const exited = new Promise<void>((done) => worker.once('exit', () => done()));
        worker.postMessage({ close: true } satisfies Close);
        const timer = setTimeout(() => void worker.terminate(), EXIT_WAIT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}

/**
 * How many files a build compiles in its main thread before it starts the workers. Starting a worker costs
 * about a CPU second (the pipeline's modules, the dataset): more than this site's five files take to compile
 * (its build was 1.5 s slower with workers from the first file), and little beside a thousand stories.
 */
export const IN_THREAD_FIRST = 24;

/** A whole number from the environment variable `name`, or `fallback` when it is not set. */
function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}" (src/integrations/mdx-workers.ts).`);
  return n;
}

/** How many workers: MDX_WORKERS if set (0: none), else one per core, at most four. */
export const workerCount = (env: string | undefined, cores = availableParallelism()): number => wholeNumber('MDX_WORKERS', env, Math.min(4, Math.max(1, cores)));

/** How many files compile in the main thread first: MDX_WORKERS_AFTER if set, else IN_THREAD_FIRST. */
export const filesInThread = (env: string | undefined): number => wholeNumber('MDX_WORKERS_AFTER', env, IN_THREAD_FIRST);

/**
 * The renderer @astrojs/mdx gets in a build: the first `after` files compile in the thread (`here`), the rest
 * in a pool of workers that the first of them starts (`start`). If the pool cannot start, every file compiles
 * in the thread, and `warn` says why.
 */
export function splitRenderer(here: MdxRenderer, after: number, start: () => MdxRenderer, warn: (message: string) => void): MdxRenderer {
  let inThread = 0;
  let pool: MdxRenderer | undefined;
  return {
    process(content, filePath, frontmatter) {
      if (inThread < after) {
        inThread++;
        return here.process(content, filePath, frontmatter);
      }
      if (!pool) {
        try {
          pool = start();
        } catch (e) {
          warn(`The MDX compile workers did not start (${e instanceof Error ? e.message : String(e)}): every file compiles in the main thread.`);
          pool = here;
        }
      }
      return pool.process(content, filePath, frontmatter);
    },
  };
}

export function mdxWorkers(): AstroIntegration {
  let build = false;
  const pools: MdxPool[] = [];
  const closeAll = async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  };
  return {
    name: 'msl:mdx-workers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        build = command === 'build';
        if (!build) return;
        // The workers end with the Vite build that compiled the stories, so that their heaps are gone before the
        // pages render (peak memory); a later Vite build that compiles MDX starts a pool of its own.
        updateConfig({ vite: { plugins: [{ name: 'msl:mdx-workers', buildEnd: () => closeAll() }] } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!build) return;
        const size = workerCount(process.env['MDX_WORKERS']);
        const after = filesInThread(process.env['MDX_WORKERS_AFTER']);
        const processor = config.markdown.processor;
        if (size === 0 || !processor?.createMdxRenderer) return;
        // The workers run src/ as it is: Node strips the types itself (on by default since Node 22.18; package.json asks for 22.19).
        if (!(process.features as { typescript?: unknown }).typescript) {
          logger.info(`this Node (${process.version}) cannot run TypeScript files as they are: MDX compiles in the main thread`);
          return;
        }
        if (!isStoryProcessor(processor)) {
          logger.warn('markdown.processor is not storyProcessor() (src/integrations/story-pipeline.ts), which is what the workers would compile with: MDX compiles in the main thread.');
          return;
        }
        const root = fileURLToPath(config.root);
        const inThread = processor.createMdxRenderer.bind(processor);
        // @astrojs/mdx asks once per Vite build that compiles MDX.
        const warn = (message: string) => logger.warn(message);
        processor.createMdxRenderer = async (shared: SharedOptions, mdx: MdxOptions) => {
          const here = await inThread(shared, mdx);
          const start = () => {
            const options: WorkerOptions = { root, shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } };
            const pool = new MdxPool({ size, options, fallback: here, warn });
            pools.push(pool);
            logger.info(`compiling the MDX files after the first ${after} in ${size} worker thread${size === 1 ? '' : 's'} (MDX_WORKERS=0: all in the main thread)`);
            return pool;
          };
          return splitRenderer(here, after, start, warn);
        };
      },
      'astro:build:done': () => closeAll(),
    },
  };
}
