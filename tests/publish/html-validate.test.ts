/**
 * Every built HTML page passes html-validate with the presets
 * "html-validate:recommended" and "html-validate:a11y" (html-validate 10).
 * Failures print as page:line:column, rule, message, the element's selector
 * and the markup around it (compressHTML puts whole pages on a few lines).
 *
 * Run: npx vitest run tests/publish/html-validate.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from './site.ts';

const site = await builtSite('/');
const pages = listFiles(site.root).filter((f) => f.endsWith('.html'));
const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended', 'html-validate:a11y'] });

function describeMessage(page: string, source: string, m: Message): string {
  const from = Math.max(0, m.offset - 60);
  const snippet = source.slice(from, m.offset + Math.max(m.size, 1) + 60).replace(/\s+/g, ' ');
  return [
    `  ${page}:${m.line}:${m.column}  [${m.ruleId}] ${m.message}`,
    m.selector ? `      element: ${m.selector}` : null,
    `      markup:  …${snippet}…`,
    m.ruleUrl ? `      rule:    ${m.ruleUrl}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

describe('html-validate on the built site', () => {
  it('finds pages to check', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.each(pages)('%s has no errors', async (page) => {
    const source = readFileSync(join(site.root, page), 'utf8');
    const report = await validator.validateString(source, page);
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(errors.length, `html-validate found ${errors.length} error(s):\n${errors.map((m) => describeMessage(page, source, m)).join('\n')}\n`).toBe(0);
  });
});
