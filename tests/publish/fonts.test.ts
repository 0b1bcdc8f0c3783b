/**
 * The fonts of the built site: every character a page prints (its text, and
 * the labels, descriptions and names in its charts' payloads and files, which
 * the canvas draws) is in the subset files it serves, except the few that the families
 * do not have at all (listed by src/integrations/site-fonts.ts); each page
 * preloads the faces of its first screen: the serif and the sans of a page of
 * the site (src/layouts/Base.astro), the sans of an embedded chart.
 *
 * Run: npx vitest run tests/publish/fonts.test.ts
 */
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { cmap, defaultFontsDir, readManifest } from '../../src/integrations/site-fonts.ts';
import { PROJECT_ROOT, builtSite, listFiles } from './site.ts';

const site = await builtSite('/');
const files = listFiles(site.root);
const pages = files.filter((f) => f.endsWith('.html'));
const fonts = files.filter((f) => f.endsWith('.woff2'));
const manifest = readManifest(defaultFontsDir(PROJECT_ROOT));
const notInFamilies = new Set(Object.values(manifest.missing).join(''));
/** Code points that some served font draws. */
const drawn = new Set(fonts.flatMap((f) => [...cmap(readFileSync(join(site.root, f)))]));

/**
 * The characters of a page: its text outside scripts and styles, plus the strings of its JSON data scripts and of
 * the chart files they name (…/charts/<id>.views.json and .details.json: the labels and tooltip names a canvas draws).
 */
function printed(html: string): string {
  const tree = fromHtml(html);
  const payloads = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const chartFiles = payloads.flatMap((p) => [p['views'], p['details']].filter((u): u is string => typeof u === 'string' && u.endsWith('.json')));
  const json = [...payloads, ...chartFiles.map((u) => JSON.parse(readFileSync(join(site.root, u.slice(site.base.length)), 'utf8')) as unknown)].map((v) => JSON.stringify(v));
  const strings = json.flatMap((j) => [...j.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
  const text: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return SKIP;
    if (node.type === 'text') text.push(node.value);
    // Attributes a reader meets too: alt text, aria-labels (read aloud, but also shown by some browsers), titles.
    if (node.type === 'element') for (const k of ['alt', 'title', 'ariaLabel'] as const) if (typeof node.properties[k] === 'string') text.push(node.properties[k]);
    return undefined;
  });
  return text.join(' ') + strings.join(' ');
}

describe('fonts of the built site', () => {
  it('serves the generated subsets', () => {
    expect(fonts.map((f) => f.replace(/^_astro\//, '').replace(/\.[\w-]+\.woff2$/, '.woff2')).sort()).toEqual(manifest.files.map((f) => f.file).sort());
  });

  it.each(pages)('%s prints only characters the fonts draw', (page) => {
    const html = readFileSync(join(site.root, page), 'utf8');
    const lacking = [...new Set(printed(html))].filter((c) => !/\s/u.test(c) && !drawn.has(c.codePointAt(0)!) && !notInFamilies.has(c));
    expect(lacking.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`), 'characters outside the subset: add their source to TEXT_SOURCES in src/integrations/site-fonts.ts').toEqual([]);
  });

  it.each(pages)('%s preloads the faces of its first screen, from the files it serves', (page) => {
    const html = readFileSync(join(site.root, page), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin>/g)].map((m) => m[1]!);
    const family = (href: string) => href.replace(/^.*\//, '').replace(/\.[\w-]+\.woff2$/, '');
    const embed = /(^|\/)embed\//.test(page);
    expect(preloads.map(family).sort()).toEqual(embed ? ['ibm-plex-sans-latin'] : ['ibm-plex-sans-latin', 'source-serif-4-latin']);
    for (const href of preloads) expect(fonts.map((f) => `/${f}`)).toContain(href);
  });
});
