/**
 * `npm run dev` and content/data (headless Chromium against `astro dev` in a
 * copy of the project): saving a data file reloads the page by itself, with
 * the stories compiled again against the new data (their person links come
 * from it); a mistake shows the error overlay headed by the build's message,
 * naming the data file and line and showing that line, not an
 * "UnhandledRejection" with a stack in src/; the terminal prints the message
 * once; saving the fix brings the page back.
 *
 * Run: npx vitest run tests/browser/dev-overlay.test.ts   (needs Chromium; see harness.ts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildEnv } from '../publish/site.ts';
import { copyProject, freePort, root } from '../scripts/project.ts';
import { SKIP_BROWSER, launchBrowser } from './harness.ts';

describe.skipIf(SKIP_BROWSER)('the astro dev overlay for a data mistake', () => {
  let copy: { dir: string; remove: () => void };
  let dev: ChildProcess;
  let output = '';
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    copy = copyProject();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/meta-rekrut-yang-song/`;
    dev = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: copy.dir, env: buildEnv({}), detached: true });
    dev.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    dev.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const started = Date.now();
    while (!/ready in/.test(output)) {
      if (dev.exitCode !== null || Date.now() - started > 120_000) throw new Error(`astro dev did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
    copy?.remove();
  });

  /**
   * Writes `text` to `file` and waits until the page has reloaded by itself
   * (never told to) and shows what `ready` looks for: polled, because Vite may
   * also reload the page once on its own after optimizing dependencies.
   */
  const saveAndReload = async (page: Page, file: string, text: string, ready: () => Promise<boolean>) => {
    // Nothing of the page still loading, so the output checked below is the save's alone (a request in
    // flight renders from the dataset its middleware read: src/site/chart-png.test.ts).
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
    await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
    writeFileSync(file, text);
    await expect
      .poll(
        async () => {
          try {
            return !(await page.evaluate(() => (window as unknown as { beforeSave?: boolean }).beforeSave)) && (await ready());
          } catch {
            return false; // the page is navigating
          }
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(true);
  };

  it('recompiles the stories against saved data, shows a mistake as the title with the file and line, once in the terminal; the fix brings the page back', async () => {
    const page = await browser.newPage();
    // Rendered once while the data is valid: Vite's first dependency scan is out of the way.
    expect((await page.goto(url, { timeout: 120_000 }))!.status()).toBe(200);
    const links = page.locator('a.person[href="#orang-yang-song"]');
    await expect.poll(() => links.count().catch(() => 0), { timeout: 60_000 }).toBeGreaterThan(0);

    const file = join(copy.dir, 'content/data/people.yaml');
    const valid = readFileSync(file, 'utf8');
    expect(valid).toContain('  name: Yang Song\n');

    // A valid change: the story's prose no longer holds the person's name, so the compiled story links it nowhere.
    const shows = (linked: boolean) => async () => (await page.locator('h1').count()) > 0 && (await links.count()) > 0 === linked;
    await saveAndReload(page, file, valid.replace('  name: Yang Song\n', '  name: Yang Songg\n'), shows(false));
    await saveAndReload(page, file, valid, shows(true));

    const line = valid.split('\n').findIndex((l) => l === "  hireReported: '2025-09-24/25'") + 1;
    expect(line).toBeGreaterThan(0);
    const before = output.length;
    const overlay = page.locator('vite-error-overlay');
    await saveAndReload(page, file, valid.replace("  hireReported: '2025-09-24/25'", "  hireReported: '2025-13'"), async () => (await overlay.count()) > 0);
    const problem = `content/data/people.yaml:${line} (entry "yang-song", field "hireReported"): "2025-13" is not a valid date: month 13 does not exist.`;
    const shown = await page.evaluate(() => {
      const r = document.querySelector('vite-error-overlay')!.shadowRoot!;
      const text = (s: string) => r.querySelector(s)?.textContent?.trim() ?? '';
      return { name: text('#name'), title: text('#title'), message: text('#message-content'), file: text('#code header h2'), line: text('.error-line') };
    });
    expect(shown.name).toBe('DatasetError');
    expect(shown.title.startsWith(problem), shown.title).toBe(true);
    expect(shown.message).toBe(`Open content/data/people.yaml at line ${line}, fix it and save: the page reloads by itself.`);
    expect(shown.file).toBe(`data/people.yaml:${line}:1`);
    expect(shown.line).toBe("hireReported: '2025-13'");
    const terminal = output.slice(before);
    expect(terminal).not.toMatch(/UnhandledRejection|src\/(domain|site)\/[\w-]+\.ts/);
    expect(terminal.split(problem).length - 1, terminal).toBe(1);

    await saveAndReload(page, file, valid, shows(true));
    expect(await overlay.count()).toBe(0);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Yang Song');
  }, 300_000);
});
