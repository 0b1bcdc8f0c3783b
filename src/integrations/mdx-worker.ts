/**
 * One MDX compile worker (src/integrations/mdx-workers.ts): it makes the
 * stories' processor (src/integrations/story-pipeline.ts) with the options @astrojs/mdx
 * passed in the build's main thread, then compiles each file it is sent, one
 * at a time, and answers with the result or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storyProcessor } from './story-pipeline.ts';
import { serializeError, type Job, type Reply, type WorkerOptions } from './mdx-worker-protocol.ts';

const { root, shared, mdx } = workerData as WorkerOptions;
const { srcDir, ...rest } = mdx;
const renderer = storyProcessor(root).createMdxRenderer!(shared, srcDir === undefined ? rest : { ...rest, srcDir: new URL(srcDir) });

parentPort!.on('message', async ({ id, content, filePath, frontmatter }: Job) => {
  let reply: Reply;
  try {
    reply = { id, result: await (await renderer).process(content, filePath, frontmatter) };
  } catch (e) {
    reply = { id, error: serializeError(e) };
  }
  parentPort!.postMessage(reply);
});
