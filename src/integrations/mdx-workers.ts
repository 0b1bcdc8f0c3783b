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
 * same processor (src/integrations/story-pipeline.ts, which astro.config.mjs uses) with
 * the options @astrojs/mdx passed, and compiles one file at a time
 * (src/integrations/mdx-worker.ts). A compile's error comes back with its
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
import { deserializeError, type Job, type MdxOptions, type MdxRenderer, type MdxResult, type Reply, type SharedOptions, type WorkerOptions } from './mdx-worker-protocol.ts';

const WORKER = new URL('./mdx-worker.ts', import.meta.url);
/**
 * Each worker's heap. A worker holds the pipeline and the dataset (about 70 MB at 1,000 stories) and one story's
 * syntax trees at a time; without a cap V8 lets garbage pile up in every worker, and the build's peak memory
 * rose from 1.5 to 2.3 GB (docs/benchmark.md).
 */
export const WORKER_HEAP_MB = 512;

interface Pending {
  filePath: string;
  resolve: (result: MdxResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
}

/** Workers that each compile one file at a time; a job goes to the one with the fewest in hand. */
export class MdxPool implements MdxRenderer {
  readonly #slots: Slot[] = [];
  #next = 0;
  #closed = false;

  /** `script`: the worker's module (a test gives one that fails). */
  constructor(size: number, options: WorkerOptions, script: URL = WORKER) {
    for (let i = 0; i < size; i++) this.#start(options, script);
  }

  #start(options: WorkerOptions, script: URL) {
    const worker = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (reply: Reply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (reply.error) job.reject(deserializeError(reply.error));
      else job.resolve(reply.result);
    });
    // A worker that fails leaves the pool (the others go on); each file it had in hand fails, naming why.
    const fail = (why: string, cause?: unknown) => {
      const at = this.#slots.indexOf(slot);
      if (at >= 0) this.#slots.splice(at, 1);
      for (const job of slot.jobs.values()) {
        job.reject(new Error(`An MDX compile worker stopped while it had ${job.filePath} in hand: ${why}. To compile in the build's main thread instead, build with MDX_WORKERS=0 (src/integrations/mdx-workers.ts).`, { cause }));
      }
      slot.jobs.clear();
    };
    worker.on('error', (e) => fail(e.message, e));
    worker.on('exit', (code) => {
      if (!this.#closed) fail(`it exited with code ${code}`);
    });
    // Idle workers do not keep the build's process alive; close() ends them when the Vite build is done.
    worker.unref();
    this.#slots.push(slot);
  }

  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<MdxResult> {
    if (this.#closed) return Promise.reject(new Error('The MDX compile workers were closed.'));
    if (this.#slots.length === 0) return Promise.reject(new Error(`Every MDX compile worker has stopped (the errors above say why), so ${filePath} did not compile. To compile in the build's main thread instead, build with MDX_WORKERS=0.`));
    const slot = this.#slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.#next++;
    return new Promise<MdxResult>((resolve, reject) => {
      slot.jobs.set(id, { filePath, resolve, reject });
      slot.worker.postMessage({ id, content, filePath, frontmatter } satisfies Job);
    });
  }

  /** Ends the workers; a file still in hand fails (Vite ends a build only once every file is done). */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = new Error('The MDX compile workers were closed before this file compiled.');
    for (const { jobs } of this.#slots) for (const job of jobs.values()) job.reject(closed);
    await Promise.all(this.#slots.splice(0).map(({ worker }) => worker.terminate()));
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
 * The renderer @astrojs/mdx gets in a build: the first `after` files compile in the thread (`here`), the rest in
 * a pool of `size` workers, started by the first of them (`start`).
 */
export function splitRenderer(here: MdxRenderer, after: number, start: () => MdxRenderer): MdxRenderer {
  let inThread = 0;
  let pool: MdxRenderer | undefined;
  return {
    process(content, filePath, frontmatter) {
      if (inThread < after) {
        inThread++;
        return here.process(content, filePath, frontmatter);
      }
      pool ??= start();
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
        const size = workerCount(process.env['MDX_WORKERS']);
        const after = filesInThread(process.env['MDX_WORKERS_AFTER']);
        const processor = config.markdown.processor;
        if (!build || size === 0 || !processor?.createMdxRenderer) return;
        if (!isStoryProcessor(processor)) {
          logger.warn('markdown.processor is not storyProcessor() (src/integrations/story-pipeline.ts), which is what the workers would compile with: MDX compiles in the main thread.');
          return;
        }
        const root = fileURLToPath(config.root);
        const inThread = processor.createMdxRenderer.bind(processor);
        // @astrojs/mdx asks once per Vite build that compiles MDX.
        processor.createMdxRenderer = async (shared: SharedOptions, mdx: MdxOptions) =>
          splitRenderer(await inThread(shared, mdx), after, () => {
            const pool = new MdxPool(size, { root, shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } });
            pools.push(pool);
            logger.info(`compiling the MDX files after the first ${after} in ${size} worker thread${size === 1 ? '' : 's'} (MDX_WORKERS=0: all in the main thread)`);
            return pool;
          });
      },
      'astro:build:done': () => closeAll(),
    },
  };
}
