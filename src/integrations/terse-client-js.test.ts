import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneCache, terse, UNUSED_FOR_MS } from './terse-client-js.ts';

const dir = mkdtempSync(join(tmpdir(), 'terse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A branch that cannot run (its test is a constant) and a function nothing calls.
const code = 'const debug=false;function unused(){return "unused"}function draw(e){if(debug){console.log("never");return e*2}return e+1}export const a=draw(1),b=draw(2);';

describe('terse', () => {
  it('drops code that cannot run and keeps what the module does', async () => {
    const out = await terse(code, dir);
    expect(out.length).toBeLessThan(code.length);
    expect(out).not.toContain('never');
    expect(out).not.toContain('unused');
    const module = (await import(`data:text/javascript,${encodeURIComponent(out)}`)) as { a: number; b: number };
    expect([module.a, module.b]).toEqual([2, 3]);
  });

  it('answers from the cache for the same code, and writes one file per input', async () => {
    const first = await terse(code, dir);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.js'));
    // A cached answer is read back as it is: change the file and the change comes back.
    writeFileSync(join(dir, file!), `${first}/*cached*/`);
    expect(await terse(code, dir)).toBe(`${first}/*cached*/`);
    expect(readdirSync(dir), readdirSync(dir).join()).toHaveLength(1);
    await terse(`${code}export const c=1;`, dir);
    expect(readdirSync(dir)).toHaveLength(2);
    expect(readFileSync(join(dir, file!), 'utf8')).toBe(`${first}/*cached*/`);
  });

  it('keeps code Terser cannot shorten as it was', async () => {
    expect(await terse('export const x=1;', mkdtempSync(join(dir, 'short-')))).toBe('export const x=1;');
  });

  it('marks an entry it answers from as used', async () => {
    const own = mkdtempSync(join(dir, 'used-'));
    await terse(code, own);
    const [file] = readdirSync(own);
    const old = new Date(Date.now() - UNUSED_FOR_MS - 60_000);
    utimesSync(join(own, file!), old, old);
    const used = new Set<string>();
    await terse(code, own, used);
    expect([...used]).toEqual([file]);
    expect(Date.now() - statSync(join(own, file!)).mtimeMs).toBeLessThan(60_000);
  });
});

describe('pruneCache', () => {
  it('removes only the entries that this build did not use and no build used for two weeks', () => {
    const own = mkdtempSync(join(dir, 'prune-'));
    const now = Date.now();
    const at = (name: string, ageMs: number) => {
      writeFileSync(join(own, name), 'x');
      const t = new Date(now - ageMs);
      utimesSync(join(own, name), t, t);
    };
    at('old-unused.js', UNUSED_FOR_MS + 3600_000);
    at('old-used.js', UNUSED_FOR_MS + 3600_000);
    at('recent.js', UNUSED_FOR_MS - 3600_000);
    at('old-left.js.123.tmp', UNUSED_FOR_MS + 3600_000);
    at('notes.txt', UNUSED_FOR_MS + 3600_000);
    expect(pruneCache(own, new Set(['old-used.js']), UNUSED_FOR_MS, now).sort()).toEqual(['old-left.js.123.tmp', 'old-unused.js']);
    expect(readdirSync(own).sort()).toEqual(['notes.txt', 'old-used.js', 'recent.js']);
  });

  it('does nothing for a folder that is not there yet', () => {
    expect(pruneCache(join(dir, 'none'), new Set())).toEqual([]);
  });
});
