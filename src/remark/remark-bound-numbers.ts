/**
 * Every number a story's own prose prints comes from the data. A numeral in
 * editorial text (a count, an amount, a percentage, a day or a year) must be
 * printed by <Num of="…"/> (a figure) or <When of="…"/> (a date), or sit
 * inside <Cite src="…">…</Cite>, which names the source of a fact that is not
 * in the dataset. Exempt, visibly in the MDX: the wire article inside
 * <WireCopy>…</WireCopy>, quotations ("…", “…”, block quotes), code, and names
 * that carry digits (GPT-4, o3). Reader-visible attributes are checked too:
 * title and caption of a chart, markLabel of a step (which may print its own
 * mark date).
 *
 * An unbound number fails the build with the file, the line, the number and,
 * where a figure or a date in the data has that value, the component to write:
 *   content/stories/x.mdx:12: "15" is typed by hand: did you mean <Num of="departures.2025" />?
 */
import type { Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { dateRefs, resolveDateRef } from '../domain/date-refs.ts';
import type { Dataset } from '../domain/dataset.ts';
import { figures } from '../domain/figures.ts';
import { formatDay } from '../domain/format.ts';
import { parsePartialDate } from '../domain/partial-date.ts';
import type { Locale } from '../i18n/ui.ts';

export interface Options {
  /** The validated dataset the figures and dates come from (src/integrations/story-pipeline.ts passes readDataset). */
  dataset: () => Dataset;
  /** Which files to check; stories by default. */
  include?: (path: string) => boolean;
}

/** Elements whose content is bound or exempt. */
export const BOUND_ELEMENTS = ['Num', 'When', 'Cite', 'WireCopy'] as const;
const EXEMPT_NODES = new Set(['code', 'inlineCode', 'blockquote', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml']);
/** Attributes a reader sees, per element. */
const SHOWN_ATTRIBUTES: Record<string, string[]> = { Scrolly: ['title', 'caption', 'titles'], ChartFigure: ['title', 'caption', 'titles'], Step: ['markLabel'] };

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

const MONTHS: Record<Locale, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const monthAlt = [...MONTHS.id, ...MONTHS.en].join('|');

/**
 * A numeral not joined to letters (GPT-4, o3, 4o are names), with a day range and a month name
 * around it taken as one date: "27–28 Juni 2025", "30 June", "Juni 2025".
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}][-‑]?|[\p{N}.,])` +
    String.raw`(?:(\d{1,2})(?:\s?[–-]\s?(\d{1,2}))?\s+(${monthAlt})(?:\s+(\d{4}))?|(${monthAlt})\s+(\d{4})|(?:US)?\$?(\d+(?:[.,]\d+)*)(?:\s?%)?)` +
    String.raw`(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);

/** Quoted spans: straight or curly double quotes, and curly single quotes. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’/g;

export interface Unbound {
  text: string;
  line: number | undefined;
  hint: string;
}

export function remarkBoundNumbers(options: Options) {
  const include = options.include ?? ((path: string) => /(^|[\\/])content[\\/]stories[\\/]/.test(path));
  // Kept while the dataset is the same object: readDataset returns a new one only after a file changed.
  let index: { byValue: Map<number, string[]>; byDate: Map<string, string[]> } | null = null;
  let indexedFrom: Dataset | null = null;
  const getIndex = () => {
    const data = options.dataset();
    if (index && data === indexedFrom) return index;
    indexedFrom = data;
    const byValue = new Map<number, string[]>();
    for (const [key, value] of Object.entries(figures(data))) byValue.set(value, [...(byValue.get(value) ?? []), key]);
    const byDate = new Map<string, string[]>();
    for (const ref of dateRefs(data)) {
      const r = resolveDateRef(data, ref);
      if (!r.ok) continue;
      // Indexed by the first day and by the month, as prose writes them.
      const { year, month, day } = r.date.start;
      for (const k of r.date.precision === 'day' ? [`${year}-${month}-${day}`, `${month}-${day}`] : [`${year}-${month}`]) {
        byDate.set(k, [...(byDate.get(k) ?? []), ref]);
      }
    }
    return (index = { byValue, byDate });
  };

  return (tree: Root, file: VFile) => {
    if (!include(file.path ?? '')) return;
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const locale: Locale = frontmatter?.['lang'] === 'en' || /[\\/]stories[\\/]en[\\/]/.test(file.path ?? '') ? 'en' : 'id';
    const found: Unbound[] = [];
    let first: Text | JsxNode | null = null;

    const scan = (text: string, line: number | undefined, node: Text | JsxNode) => {
      for (const m of text.replace(QUOTED, (q) => ' '.repeat(q.length)).matchAll(NUMBER)) {
        first ??= node;
        found.push({ text: m[0], line, hint: hintFor(m, locale, getIndex()) });
      }
    };

    visitParents(tree, (node, ancestors) => {
      const inside = [...ancestors, node];
      if (inside.some((a) => EXEMPT_NODES.has(a.type) || ('name' in a && (BOUND_ELEMENTS as readonly string[]).includes(a.name as string)))) return;
      if (node.type === 'text') scan(node.value, node.position?.start.line, node);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const el = node as JsxNode;
        for (const name of SHOWN_ATTRIBUTES[el.name ?? ''] ?? []) {
          const a = el.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
          if (typeof a?.value !== 'string') continue;
          scan(name === 'markLabel' ? withoutMarkDate(el, a.value, locale) : a.value, el.position?.start.line, el);
        }
      }
    });

    if (found.length > 0) {
      const lines = found.map((f) => `  line ${f.line ?? '?'}: "${f.text}" is typed by hand: ${f.hint}`);
      file.fail(
        `${found.length === 1 ? 'A number in the prose is' : `${found.length} numbers in the prose are`} not bound to the data:\n${lines.join('\n')}\n` +
          'Print figures with <Num of="…"/> and dates with <When of="…"/> (keys: content/figures.md); wrap a fact from outside the data in <Cite src="source-id">…</Cite>; keep the wire article inside <WireCopy>.',
        first!,
      );
    }
  };
}

/** A step's markLabel may print the step's own mark date ("12 Juni: …"): it is bound to mark. */
function withoutMarkDate(el: JsxNode, label: string, locale: Locale): string {
  const mark = el.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === 'mark');
  if (typeof mark?.value !== 'string') return label;
  let day;
  try {
    day = parsePartialDate(mark.value).start;
  } catch {
    return label; // remark-check-components reports the bad date.
  }
  let out = label;
  for (const opts of [{ day: 'numeric', month: 'long', year: 'numeric' }, { day: 'numeric', month: 'long' }, { month: 'long', year: 'numeric' }] as const) {
    out = out.replace(formatDay(day, locale, opts), '');
  }
  return out;
}

function hintFor(m: RegExpMatchArray, locale: Locale, index: { byValue: Map<number, string[]>; byDate: Map<string, string[]> }): string {
  const [, day, , monthName, year, monthOnly, monthYear, amount] = m;
  const monthOf = (name: string) => (MONTHS.id.indexOf(name) + 1 || MONTHS.en.indexOf(name) + 1) as number;
  const when = (refs: string[] | undefined, yearKnown: boolean) =>
    refs?.length
      ? `did you mean ${refs.slice(0, 3).map((r) => `<When of="${r}"${yearKnown ? '' : ' year={false}'} />`).join(' or ')}?`
      : 'a date: print it with <When of="…"/> from the data, or wrap it in <Cite src="…">.';
  if (monthName) {
    const month = monthOf(monthName);
    const refs = year ? index.byDate.get(`${year}-${month}-${day}`) : index.byDate.get(`${month}-${day}`);
    return when(refs, Boolean(year));
  }
  if (monthOnly) return when(index.byDate.get(`${monthYear}-${monthOf(monthOnly)}`), true);
  const value = Number(locale === 'id' ? amount!.replaceAll('.', '').replace(',', '.') : amount!.replaceAll(',', ''));
  if (/^(19|20)\d\d$/.test(amount!)) return 'a year: print the date it belongs to with <When of="…"/>, or wrap the fact in <Cite src="…">.';
  const keys = index.byValue.get(value);
  if (keys?.length) return `did you mean ${keys.slice(0, 3).map((k) => `<Num of="${k}" />`).join(' or ')}?`;
  return 'no figure has this value; add one in src/domain/figures.ts, or wrap the fact in <Cite src="source-id">…</Cite>.';
}
