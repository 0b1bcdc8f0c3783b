/**
 * What the build's main thread and its MDX compile workers send each other
 * (src/integrations/mdx-workers.ts, mdx-worker.ts).
 */
import type { unified } from '@astrojs/markdown-remark';

type Processor = ReturnType<typeof unified>;
type CreateMdxRenderer = NonNullable<Processor['createMdxRenderer']>;
/** The options @astrojs/mdx gives the processor (Astro's markdown options; optimize, srcDir, sourcemap). */
export type SharedOptions = Parameters<CreateMdxRenderer>[0];
export type MdxOptions = Parameters<CreateMdxRenderer>[1];
export type MdxRenderer = Awaited<ReturnType<CreateMdxRenderer>>;
export type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** A worker's start: the project, and the options as @astrojs/mdx passed them (srcDir as its href). */
export interface WorkerOptions {
  root: string;
  shared: SharedOptions;
  mdx: Omit<MdxOptions, 'srcDir'> & { srcDir?: string | undefined };
}

/** One file to compile: MdxRenderer.process's arguments. */
export interface Job {
  id: number;
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

/** An error as it crosses the thread: its name, message, stack and every own field a thread can be sent. */
export interface SentError {
  name: string;
  message: string;
  stack: string | undefined;
  fields: Record<string, unknown>;
  cause?: SentError | { value: unknown };
}

/** Sent to a worker to end it once the files before it are done. */
export interface Close {
  close: true;
}

export type Reply = { id: number; result: MdxResult; error?: undefined } | { id: number; error: SentError; result?: undefined };

/**
 * Fields left behind: a VFileMessage's `ancestors` are the syntax tree's
 * nodes around the problem (large; Astro's error report reads the message,
 * line and column), and functions cannot cross a thread.
 */
const LEFT = new Set(['ancestors', 'cause']);

export function serializeError(e: unknown): SentError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) {
    if (LEFT.has(key) || typeof value === 'function') continue;
    try {
      fields[key] = structuredClone(value);
    } catch {
      fields[key] = String(value);
    }
  }
  const sent: SentError = { name: e.name, message: e.message, stack: e.stack, fields };
  if (e.cause !== undefined) sent.cause = e.cause instanceof Error ? serializeError(e.cause) : { value: String(e.cause) };
  return sent;
}

/** The error again, in the main thread: an Error with the same name, message, stack and fields. */
export function deserializeError(sent: SentError): Error {
  const e = Object.assign(new Error(sent.message), sent.fields);
  e.name = sent.name;
  if (sent.stack !== undefined) e.stack = sent.stack;
  if (sent.cause !== undefined) e.cause = 'value' in sent.cause ? sent.cause.value : deserializeError(sent.cause);
  return e;
}
