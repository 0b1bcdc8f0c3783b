/**
 * One MDX compile worker (src/integrations/mdx-workers.ts): it makes the
 * stories' processor (src/integrations/story-pipeline.ts) with the options @astrojs/mdx
 * passed in the build's main thread, then compiles each file it is sent, one
 * at a time in the order sent, and answers with the result or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storyProcessor } from './story-pipeline.ts';
import { serializeError, type Close, type Job, type Reply, type WorkerOptions } from './mdx-worker-protocol.ts';

const { root, shared, mdx } = workerData as WorkerOptions;
const { srcDir, ...rest } = mdx;
const renderer = storyProcessor(root).createMdxRenderer!(shared, srcDir === undefined ? rest : { ...rest, srcDir: new URL(srcDir) });

/** One file after another, in the order sent: one story's syntax trees in memory at a time. */
let queue = Promise.resolve();

async function compile({ id, content, filePath, frontmatter }: Job) {
  let reply: Reply;
  try {
    reply = { id, result: await (await renderer).process(content, filePath, frontmatter) };
  } catch (e) {
    reply = { id, error: serializeError(e) };
  }
  parentPort!.postMessage(reply);
}

parentPort!.on('message', (message: Job | Close) => {
  // Close: once the files before it are done, the worker ends by itself, its log lines written.
  queue = queue.then(() => ('close' in message ? parentPort!.close() : compile(message)));
});
