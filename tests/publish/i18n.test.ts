/**
 * The two editions on the built site: every page declares the language of its
 * route, translated pages point at each other (hreflang, both ways, and a
 * visible switch), and no UI string of one edition appears on the other's
 * pages outside an element marked with another lang (names and quotes aside),
 * nor any text the data gives in both languages.
 *
 * Run: npx vitest run tests/publish/i18n.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { ui, type Dictionary } from '../../src/i18n/ui.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { builtSite, listFiles, PROJECT_ROOT } from './site.ts';

const site = await builtSite('/');
const pages = listFiles(site.root)
  .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
  .map((f) => '/' + f.replace(/index\.html$/, ''));
const load = (path: string) => fromHtml(readFileSync(join(site.root, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
const routeLang = (path: string) => (path.startsWith('/en/') ? 'en' : 'id');

function find(node: Nodes, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node);
  if ('children' in node) for (const c of node.children) find(c as Nodes, test, out);
  return out;
}

/** Visible text of the page, leaving out scripts and any element whose lang differs from the page's. */
function textIn(node: Nodes, lang: string): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (['script', 'style', 'template', 'textarea'].includes(node.tagName)) return '';
    const own = node.properties['lang'];
    if (typeof own === 'string' && own !== lang) return '';
  }
  return 'children' in node ? node.children.map((c) => textIn(c as Nodes, lang)).join(' ') : '';
}

/** Strings of `from` that differ from the other edition's and are long enough to be words, not names. */
function foreignStrings(from: Dictionary, other: Dictionary): string[] {
  return Object.entries(from)
    .filter(([key, value]) => value !== other[key as keyof Dictionary] && !value.includes('{') && value.length >= 8 && !key.startsWith('lang.'))
    .map(([, value]) => value);
}

describe('editions', () => {
  it('builds pages in both languages', () => {
    expect(pages.filter((p) => routeLang(p) === 'en').length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => routeLang(p) === 'id').length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s declares the language of its route', (path) => {
    const html = find(load(path), (e) => e.tagName === 'html')[0]!;
    expect(html.properties['lang']).toBe(routeLang(path));
  });

  it.each([
    ['/meta-rekrut-yang-song/', '/en/yang-song-meta-hiring-wave/'],
    ['/metode/', '/en/methods/'],
    ['/', '/en/'],
  ])('links %s and %s both ways', (id, en) => {
    for (const [from, to, lang] of [
      [id, en, 'en'],
      [en, id, 'id'],
    ] as const) {
      const tree = load(from);
      const alternates = find(tree, (e) => e.tagName === 'link' && e.properties['hrefLang'] === lang);
      expect(alternates.map((a) => new URL(String(a.properties['href'])).pathname)).toEqual([to]);
      const switches = find(tree, (e) => e.tagName === 'a' && (e.properties['className'] as string[] | undefined)?.includes('lang-switch') === true);
      expect(switches.map((a) => a.properties['href'])).toEqual([to]);
    }
  });

  it.each(pages.filter((p) => !p.startsWith('/data/')))('%s shows no UI string of the other edition', (path) => {
    const lang = routeLang(path);
    const text = textIn(load(path), lang).replace(/\s+/g, ' ');
    const foreign = lang === 'en' ? foreignStrings(ui.id, ui.en) : foreignStrings(ui.en, ui.id);
    expect(foreign.filter((s) => text.includes(s))).toEqual([]);
  });
});

/** Every text the data gives in both languages, as [Indonesian, English] pairs: people's and events' notes, roles, summaries, tallies, sources' date notes. */
function dataTexts(): [string, string][] {
  const data = readDataset(PROJECT_ROOT);
  const pairs: [string, string][] = [];
  const add = (v: unknown) => {
    if (v && typeof v === 'object' && 'id' in v && 'en' in v && typeof v.id === 'string' && typeof v.en === 'string') pairs.push([v.id, v.en]);
  };
  for (const p of data.people) {
    for (const v of [p.previousEmployerNote, p.previousRole, p.mslRole, p.hireReportedNote, p.startedNote, p.notes, p.departure?.destinationNote]) add(v);
  }
  for (const s of data.sources) add(s.dateNote);
  for (const e of data.events) {
    add(e.notes);
    pairs.push([e.summary, e.summaryEn]);
    if (e.tally) pairs.push([e.tally.what, e.tally.whatEn]);
  }
  // The same in both languages (a name, "TBD Lab") says nothing about the edition.
  return pairs.filter(([id, en]) => id !== en);
}

describe('text from the data', () => {
  const pairs = dataTexts();
  /** The other edition's version of a data text, or a UI string, as it would appear on the page. */
  const foreign = (lang: 'id' | 'en') => [
    ...pairs.map(([id, en]) => (lang === 'en' ? id : en)).filter((s) => s.length >= 8),
    ...(lang === 'en' ? foreignStrings(ui.id, ui.en) : foreignStrings(ui.en, ui.id)),
  ];

  it('gives both languages of some texts, so the check below has something to find', () => {
    expect(pairs.length).toBeGreaterThan(100);
  });

  it.each(pages.filter((p) => !p.startsWith('/data/')))('%s shows no data text of the other edition', (path) => {
    const lang = routeLang(path);
    const text = textIn(load(path), lang).replace(/\s+/g, ' ');
    expect(foreign(lang).filter((s) => text.includes(s))).toEqual([]);
  });

  it('the English methods page has no Indonesian heading or list label', () => {
    const tree = load('/en/methods/');
    const labels = find(tree, (e) => /^(h[1-6]|strong|dt|th|caption|summary)$/.test(e.tagName)).map((e) => textIn(e, 'en').replace(/\s+/g, ' ').trim());
    const metode = readFileSync(join(PROJECT_ROOT, 'content/pages/metode.mdx'), 'utf8');
    const idHeadings = [...metode.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim());
    const indonesian = new Set([...foreign('en'), ...pairs.map(([id]) => id), ...idHeadings]);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((l) => [...indonesian].some((s) => l.includes(s)))).toEqual([]);
  });
});
