/**
 * Never more precise than the data, anywhere on the built site: a date the
 * reporting gives only as a month is never printed with a day (charts place it
 * on the month's first day, so "1 Juli 2025" next to a name is the bug), and a
 * reported plan to leave never reads as "left". Walks every HTML page (each
 * block of text that names a person), the charts' tooltip files, the feeds and
 * the data downloads.
 *
 * Run: npx vitest run tests/publish/precision.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/format.ts';
import { parsePartialDate, isoDay } from '../../src/domain/partial-date.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { t, type Locale } from '../../src/i18n/ui.ts';
import { builtSite, listFiles, PROJECT_ROOT } from './site.ts';

const site = await builtSite('/');
const data = readDataset(PROJECT_ROOT);
const files = listFiles(site.root);
const locales: Locale[] = ['id', 'en'];

/** Per person, the texts that would print a month-precision date of theirs with an invented day. */
const inventedDays = new Map<string, string[]>();
for (const p of data.people) {
  const dates = [p.hireReported, p.started, p.departure?.reported ?? null, p.departure?.left ?? null].filter((d): d is string => d !== null).map(parsePartialDate);
  const days = new Set(dates.filter((d) => d.precision === 'day').map((d) => isoDay(d.start)));
  const wrong = dates
    .filter((d) => d.precision !== 'day' && !days.has(isoDay(d.start)))
    .flatMap((d) => [isoDay(d.start), ...locales.flatMap((l) => [formatDay(d.start, l), formatDay(d.start, l, { day: 'numeric', month: 'short', year: 'numeric' })])]);
  if (wrong.length) inventedDays.set(p.name, wrong);
}
const planned = data.people.filter((p) => p.departure?.planned);

const toString = (n: Nodes): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => toString(c as Nodes)).join('') : '');

function blocks(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element' && ['p', 'li', 'td', 'tr', 'dd', 'dl', 'figcaption', 'caption'].includes(node.tagName)) out.push(node);
  if ('children' in node) for (const c of node.children) blocks(c as Nodes, out);
  return out;
}

/** Every text of the site that names a person: blocks of HTML, tooltip lines, feed items, download rows. */
function textsNaming(name: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const f of files) {
    const raw = readFileSync(join(site.root, f), 'utf8');
    if (!raw.includes(name)) continue;
    if (f.endsWith('.html')) {
      for (const b of blocks(fromHtml(raw))) {
        const text = toString(b);
        // The innermost blocks only: a whole <dl> or <tr> is checked through its parts too.
        if (text.includes(name) && text.length < 2000) out.push({ where: f, text });
      }
    } else if (f.endsWith('.json')) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string' && v.includes(name)) out.push({ where: f, text: v });
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(raw));
    } else if (/\.(csv|xml|txt)$/.test(f)) {
      for (const line of raw.split(/\r?\n/)) if (line.includes(name)) out.push({ where: f, text: line });
    }
  }
  return out;
}

describe('no date more precise than the reporting', () => {
  it('has people with month-only dates to check', () => {
    expect(inventedDays.size).toBeGreaterThan(5);
  });
  it.each([...inventedDays])('%s: no month-only date printed with a day', (name, wrong) => {
    const texts = textsNaming(name);
    expect(texts.length, `${name} appears nowhere on the site`).toBeGreaterThan(0);
    for (const { where, text } of texts) {
      // A text naming several people may carry another person's real day; only a day that is
      // nobody's day-precision date in this text's people would be the bug, so compare per name.
      const others = data.people.filter((p) => p.name !== name && text.includes(p.name));
      const othersDays = new Set(
        others.flatMap((p) => [p.hireReported, p.started, p.departure?.reported ?? null, p.departure?.left ?? null].filter((d): d is string => d !== null).map(parsePartialDate).filter((d) => d.precision === 'day').flatMap((d) => [isoDay(d.start), ...locales.map((l) => formatDay(d.start, l))])),
      );
      // Whole dates only: "1 November 2025" is not inside "11 November 2025".
      for (const w of wrong) if (!othersDays.has(w)) expect(text, `${where}: "${w}" next to ${name}`).not.toMatch(new RegExp(`(?<![\\d-])${w}(?![\\d-])`));
    }
  });
});

describe('a reported plan to leave never reads as "left"', () => {
  it('has a planned departure in the data', () => {
    expect(planned.length).toBeGreaterThan(0);
  });
  it.each(planned.map((p) => [p.name]))('%s', (name) => {
    const texts = textsNaming(name);
    const said = texts.filter(({ text }) => /Rencana keluar|rencana keluar|berencana keluar|[Pp]lan(ned)? to leave/.test(text));
    expect(said.length, `nothing on the site says ${name} plans to leave`).toBeGreaterThan(0);
    for (const { where, text } of texts) {
      for (const l of locales) {
        // The card's label for an exit date, and the tooltip wording for one.
        // A card's "Keluar"/"Left" label runs into its date (<dt>Keluar</dt><dd>11 November 2025</dd>).
        expect(text, `${where}: ${name} labelled as left`).not.toMatch(new RegExp(`${t(l, 'people.left')}\\d|${name} \\(${t(l, 'departure.left', { date: '' }).trim()}`));
      }
      expect(text, where).not.toMatch(new RegExp(`${name}[^.]{0,40}\\b(left|keluar) (on|pada) `));
    }
  });
});
