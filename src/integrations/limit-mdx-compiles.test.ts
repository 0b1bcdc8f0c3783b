import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { limitTransform } from './limit-mdx-compiles.ts';

/** A plugin whose transform waits for the test to finish it, counting how many run at once. */
function slowPlugin(shape: 'object' | 'function') {
  let running = 0;
  let most = 0;
  const pending: { finish: (fail: boolean) => void }[] = [];
  const handler = function (this: unknown, code: unknown) {
    running++;
    most = Math.max(most, running);
    return new Promise<string>((resolve, reject) => {
      pending.push({
        finish: (fail) => {
          running--;
          if (fail) reject(new Error(`bad ${String(code)}`));
          else resolve(`compiled ${String(code)}`);
        },
      });
    });
  };
  const plugin = { name: 'fake', transform: shape === 'object' ? { filter: { id: /\.mdx$/ }, handler } : handler } as unknown as Plugin;
  return { plugin, pending, most: () => most };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const call = (plugin: Plugin, code: string) => {
  const t = plugin.transform as unknown as { handler?: (c: string) => Promise<string> } | ((c: string) => Promise<string>);
  return typeof t === 'function' ? t.call({}, code) : t.handler!.call({}, code);
};

describe('limitTransform', () => {
  it.each(['object', 'function'] as const)('runs at most `limit` transforms at once (%s hook) and all of them in the end', async (shape) => {
    const { plugin, pending, most } = slowPlugin(shape);
    expect(limitTransform(plugin, 3)).toBe(true);
    const results = Array.from({ length: 10 }, (_, i) => call(plugin, `story-${i}`));
    await flush();
    expect(pending).toHaveLength(3);
    while (pending.length) {
      pending.shift()!.finish(false);
      await flush();
    }
    expect(most()).toBe(3);
    expect(await Promise.all(results)).toEqual(Array.from({ length: 10 }, (_, i) => `compiled story-${i}`));
  });

  it('frees the slot of a compile that fails, and passes its error on', async () => {
    const { plugin, pending } = slowPlugin('object');
    limitTransform(plugin, 2);
    const results = Array.from({ length: 5 }, (_, i) => call(plugin, `s${i}`).catch((e: Error) => e.message));
    await flush();
    // Two failures in a row: without a release in every case the queue would stall here.
    for (const fail of [true, true, false, false, false]) {
      pending.shift()!.finish(fail);
      await flush();
    }
    expect(await Promise.all(results)).toEqual(['bad s0', 'bad s1', 'compiled s2', 'compiled s3', 'compiled s4']);
  });

  it('leaves a plugin without a transform alone', () => {
    expect(limitTransform({ name: 'none' } as Plugin, 2)).toBe(false);
  });
});
