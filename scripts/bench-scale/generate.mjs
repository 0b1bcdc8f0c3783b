/**
 * Synthetic content for scripts/bench-scale.mjs, written into a copy of the
 * project. Everything it writes must pass the real checks (the Zod schemas,
 * src/domain/dataset.ts's cross-checks, src/remark/remark-check-components.ts),
 * because the benchmark runs the real `astro build` over it.
 *
 * Data: the real entries stay as they are (same text, same ids); synthetic
 * entries are appended to each YAML file with ids of their own
 * (syn-org-…, syn-src-…, syn-person-…, syn-event-…). Every collection grows by
 * the same factor as people. A synthetic entry is a clone of a real one (round
 * robin), so dates, cohorts, categories and departures keep the real
 * distribution and stay consistent (no departure before its hire); only its
 * id, name and references change. References point only at entries that
 * exist: people's sources are synthetic sources, their employers and
 * destinations real or synthetic organisations of the same group, events name
 * synthetic people and sources.
 *
 * Stories: the real stories stay; synthetic stories (content/stories/syn-NNNN.mdx,
 * every fifth one an English edition in content/stories/en/syn-NNNN.mdx)
 * have frontmatter per src/domain/schemas/story.ts and, like the real one, prose,
 * four <Scrolly chart="…"> sections over the four real charts (steps use real
 * view keys, highlight keys and dates), one diagram <Scrolly> in every third
 * story, and <Num of="…"> figures from src/domain/figures.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same site. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 5) => String(n).padStart(w, '0');
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Groups a hire's previous employer may count under (src/specs/hiring-wave.ts waveGroups; never "meta"). */
const WAVE_GROUPS = ['openai', 'google', 'scale', 'apple', 'anthropic', 'startup', 'other'];
const ORG_KINDS = ['ai-lab', 'big-tech', 'startup', 'investor', 'other'];

// aliasDuplicateObjects: false: clones share nested objects (previousRole …); without it yaml writes &anchors and *aliases
// across entries, which the dataset's entry-by-entry parse (src/lib/dataset.ts) cannot resolve.
const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, aliasDuplicateObjects: false };

function readData(dir, name) {
  const path = join(dir, 'content/data', `${name}.yaml`);
  const text = readFileSync(path, 'utf8');
  return { path, text, entries: parse(text) };
}

/**
 * Grows content/data/*.yaml in `dir` to `people` people (at least the real
 * count), and events, sources and organisations by the same factor.
 * @returns {{ people: number, events: number, sources: number, organisations: number }}
 */
export function scaleData(dir, people) {
  const files = Object.fromEntries(['organisations', 'sources', 'people', 'events'].map((n) => [n, readData(dir, n)]));
  const real = Object.fromEntries(Object.entries(files).map(([n, f]) => [n, f.entries]));
  const factor = Math.max(1, people / real.people.length);
  const extra = (n) => Math.round(real[n].length * factor) - real[n].length;
  const r = rng(people);

  // Organisations: the same groups as the real ones, wave groups only (hires must fall in a chart group).
  const orgs = Array.from({ length: extra('organisations') }, (_, i) => {
    const group = WAVE_GROUPS[i % WAVE_GROUPS.length];
    return { id: `syn-org-${pad(i + 1)}`, name: `Organisasi Sintetis ${i + 1}`, short: `Sintetis ${i + 1}`, kind: ORG_KINDS[i % ORG_KINDS.length], colour: group, group };
  });
  const orgGroup = new Map([...real.organisations, ...orgs].map((o) => [o.id, o.group]));
  const synOrgsByGroup = new Map();
  for (const o of orgs) synOrgsByGroup.set(o.group, [...(synOrgsByGroup.get(o.group) ?? []), o.id]);
  /** A synthetic organisation of the same group half of the time, else the real one. */
  const sameGroup = (orgId) => {
    if (orgId === null) return null;
    const pool = synOrgsByGroup.get(orgGroup.get(orgId));
    return pool && r() < 0.5 ? pick(r, pool) : orgId;
  };

  // Sources: clones of real sources (publisher, original, date, notes), new id, URL and title.
  const sources = Array.from({ length: extra('sources') }, (_, i) => {
    const t = real.sources[i % real.sources.length];
    return { ...t, id: `syn-src-${pad(i + 1)}`, url: `https://example.org/sintetis/sumber-${pad(i + 1)}`, title: `Laporan sintetis nomor ${i + 1}` };
  });
  const sourceIds = sources.length > 0 ? sources.map((s) => s.id) : real.sources.map((s) => s.id);
  const someSources = () => [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, sourceIds)))];

  // People: clones of real people (category, cohort, dates, departure kept), new id, name, references.
  const persons = Array.from({ length: Math.max(0, people - real.people.length) }, (_, i) => {
    const t = real.people[i % real.people.length];
    return {
      ...t,
      id: `syn-person-${pad(i + 1)}`,
      name: `Orang Sintetis ${i + 1}`,
      previousEmployer: sameGroup(t.previousEmployer),
      departure: t.departure ? { ...t.departure, destination: sameGroup(t.departure.destination) } : null,
      sources: someSources(),
    };
  });
  const personIds = persons.map((p) => p.id);

  // Events: clones of real events, naming as many synthetic people as the original named; no tallies
  // (the tallies view compares outlets' counts, which stay the real ones).
  const events = Array.from({ length: extra('events') }, (_, i) => {
    const t = real.events[i % real.events.length];
    const named = personIds.length === 0 ? [] : [...new Set(t.people.map(() => pick(r, personIds)))];
    return { ...t, id: `syn-event-${pad(i + 1)}`, people: named, sources: someSources(), tally: null };
  });

  const add = { organisations: orgs, sources, people: persons, events };
  for (const [name, entries] of Object.entries(add)) {
    if (entries.length === 0) continue;
    const f = files[name];
    writeFileSync(f.path, `${f.text.replace(/\s*$/, '\n')}\n# Synthetic entries (scripts/bench-scale/generate.mjs)\n${stringify(entries, YAML_OPTIONS)}`);
  }
  return {
    people: real.people.length + persons.length,
    events: real.events.length + events.length,
    sources: real.sources.length + sources.length,
    organisations: real.organisations.length + orgs.length,
  };
}

// ------------------------------------------------------------------ stories

const WORDS = (
  'rekrutan peneliti laboratorium gelombang musim panas perusahaan model bahasa data sumber laporan memo ' +
  'tim kepala ilmuwan perekrutan bonus kontrak kantor infrastruktur produk riset terapan komputasi pusat ' +
  'dilaporkan menurut media analisis jejak pindah bergabung keluar bertahan pekan bulan nama angka tabel'
).split(' ');

function sentence(r, words = 12 + Math.floor(r() * 14)) {
  const w = Array.from({ length: words }, () => pick(r, WORDS));
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')}.`;
}
const paragraph = (r, n = 3 + Math.floor(r() * 4)) => Array.from({ length: n }, () => sentence(r)).join(' ');

/** Figure keys a synthetic story quotes (all exist for the real data and any scaled copy of it). */
const NUMS = ['wave.hires', 'wave.dated', 'wave.undated', 'wave.confirmed', 'wave.secondary', 'wave.from.openai', 'wave.from.google', 'wave.from.apple', 'october.hires', 'cohort.size', 'cohort.left2025', 'cohort.atMsl.2025-12', 'departures.2025', 'departures.month.2025-08', 'departures.to.openai', 'people', 'events', 'sources'];

function stepText(r) {
  const nums = Array.from({ length: 1 + Math.floor(r() * 2) }, () => `<Num of="${pick(r, NUMS)}" />`);
  return `**${sentence(r, 3).slice(0, -1)}.** ${sentence(r)} Angkanya ${nums.join(' dan ')}. ${sentence(r)}`;
}

/** Steps per chart, with view keys, highlight keys and dates that exist in the real chart specs. */
const STEPS = {
  'hiring-wave': [
    { until: '2025-06-15', mark: '2025-06-12', markLabel: 'kesepakatan', highlight: 'scale' },
    { until: '2025-06-30', mark: '2025-06-30', markLabel: 'memo', highlight: 'openai' },
    { until: '2025-07-31', highlight: 'apple,google' },
    { until: '2025-08-31', mark: '2025-08-19', markLabel: 'reorganisasi' },
    { view: 'cumulative' },
  ],
  origins: [{}, { highlight: 'OpenAI' }, { highlight: 'secondary-only' }, { view: 'tallies' }],
  departures: [{}, { highlight: 'summer' }, { highlight: 'earlier', mark: '2025-08-01', markLabel: 'Agustus' }, { view: 'destinations' }],
  retention: [{}, { mark: '2025-08-01', markLabel: 'Agustus' }, { mark: '2026-02-01', markLabel: 'Februari' }],
};
const TITLES = {
  'hiring-wave': 'Rekrutan per pekan, menurut tanggal laporan pertama',
  origins: 'Asal rekrutan gelombang musim panas',
  departures: 'Yang keluar, per bulan',
  retention: 'Rekrutan musim panas yang masih bertahan',
};

function scrolly(r, chart, lang) {
  // The authoring check matches category labels in the Indonesian spec: English stories highlight series keys only.
  const steps = STEPS[chart]
    .map((s) => (lang === 'en' && s.highlight === 'OpenAI' ? { highlight: 'confirmed' } : s))
    .map((s) => {
      const props = Object.entries(s).map(([k, v]) => ` ${k}="${v}"`).join('');
      return `  <Step${props}>\n    ${stepText(r)}\n  </Step>`;
    })
    .join('\n');
  return `<Scrolly chart="${chart}" title="${TITLES[chart]}" caption="${sentence(r, 10)}">\n${steps}\n</Scrolly>`;
}

function diagram(r) {
  const nodes = ['satu', 'dua', 'tiga', 'empat'];
  const items = nodes.map((n) => `      <li data-node="${n}"><strong>${sentence(r, 2).slice(0, -1)}</strong><span>${sentence(r, 5)}</span></li>`).join('\n');
  const steps = nodes.map((n) => `  <Step highlight="${n}">\n    ${stepText(r)}\n  </Step>`).join('\n');
  return `<Scrolly title="Diagram sintetis" caption="${sentence(r, 8)}">\n  <div slot="graphic" class="diagram">\n    <ol class="diagram-chain">\n${items}\n    </ol>\n  </div>\n${steps}\n</Scrolly>`;
}

function isoDay(base, plusDays) {
  return new Date(Date.parse(`${base}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** Every fifth synthetic story is an English edition (content/stories/en/, pages under /en/). */
export const storyLang = (n) => (n % 5 === 4 ? 'en' : 'id');

/** Section headings in words: a numeral in a heading is a number typed by hand (remark-bound-numbers). */
const SECTION_WORDS = ['satu', 'dua', 'tiga', 'empat', 'lima'];

/** One synthetic story, as MDX text. */
export function storyMdx(n) {
  const r = rng(1000 + n);
  const lang = storyLang(n);
  const published = isoDay('2026-01-01', n % 330);
  const charts = Object.keys(STEPS);
  const order = charts.map((_, i) => charts[(i + n) % charts.length]);
  const sections = order.map((chart, i) => `## Bagian ${SECTION_WORDS[i]}\n\n${paragraph(r)}\n\n${scrolly(r, chart, lang)}\n\n${paragraph(r)}`);
  if (n % 3 === 0) sections.splice(2, 0, `## Struktur\n\n${paragraph(r)}\n\n${diagram(r)}`);
  const frontmatter = stringify(
    {
      title: `Cerita sintetis ${n}: ${sentence(r, 6).slice(0, -1)}`,
      dek: sentence(r, 18),
      byline: ['Meja Data'],
      lang,
      published,
      ...(n % 4 === 0 ? { updated: isoDay(published, 3) } : {}),
      basedOn: { publisher: 'WIRED', title: 'Meta Poaches OpenAI Scientist to Help Lead AI Lab', dateNote: '24 atau 25 September 2025', url: null },
      ...(n % 7 === 0 ? { corrections: [{ date: isoDay(published, 5), text: sentence(r, 10) }] } : {}),
      description: sentence(r, 14).slice(0, 150),
    },
    { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
  );
  return `---\n${frontmatter}---\n\n${paragraph(r)}\n\n${paragraph(r)}\n\n${sections.join('\n\n')}\n\n## Catatan\n\nSetiap angka dihitung dari <Num of="people" /> orang dan <Num of="sources" /> sumber. ${sentence(r)}\n`;
}

/** Writes `count` synthetic stories into content/stories of `dir`; returns their ids ("syn-0001", "en/syn-0004"). */
export function writeStories(dir, count) {
  const out = join(dir, 'content/stories');
  mkdirSync(join(out, 'en'), { recursive: true });
  const slugs = [];
  for (let n = 1; n <= count; n++) {
    const slug = `${storyLang(n) === 'en' ? 'en/' : ''}syn-${pad(n, 4)}`;
    writeFileSync(join(out, `${slug}.mdx`), storyMdx(n));
    slugs.push(slug);
  }
  return slugs;
}
