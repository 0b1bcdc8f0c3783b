/**
 * `npm run serve` shows the site already built in dist/ as a static host
 * would, without building it again (content/README.md, "Check the built site").
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../publish/site.ts';
import { copyProject, freePort } from './project.ts';

describe('npm run serve', () => {
  const { dir, remove } = copyProject();
  afterAll(remove);

  it('serves dist/ as it is, at the port given', async () => {
    mkdirSync(join(dir, 'dist/metode'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>Built earlier</title>');
    writeFileSync(join(dir, 'dist/metode/index.html'), '<!doctype html><title>Metode</title>');
    const port = await freePort();
    const child = spawn('npm', ['run', 'serve', '--', '--port', String(port)], { cwd: dir, env: buildEnv({}), detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const started = Date.now();
      while (!output.includes('Serving')) {
        if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`npm run serve did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(output).toContain(`Serving ${join(dir, 'dist')} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('<!doctype html><title>Built earlier</title>');
      const page = await fetch(`http://127.0.0.1:${port}/metode/`);
      expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>Metode</title>']);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
