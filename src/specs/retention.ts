/**
 * The summer cohort as people: one mark per recruit, in bands by where they
 * stand at the end of the window (on record at MSL, left, never started),
 * pale where their facts are found only in secondary copies. Two views: by
 * status (notes say when each leaver went) and by destination (leavers take
 * their destination's colour, notes say where). The month-end counts stay
 * figure keys (cohort.atMsl.*) for the text.
 */
import { t, type Locale, type UiKey } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatPartialDate } from '../domain/format.ts';
import { parsePartialDate } from '../domain/partial-date.ts';
import { departureFact } from '../domain/departure.ts';
import { cohortStatus, departureDate, hireDate, onRecordFrom, summerCohort, type CohortStatus } from '../domain/series.ts';
import type { Entry } from '../domain/schemas/index.ts';
import { DEPARTURE_WINDOW } from './departures.ts';
import { isPale } from './verified.ts';
import type { ChartSpec, ChartView, ColourRole, Series, Units } from './types.ts';

type Person = Entry<'people'>;

/** Marks per row of a band: 42 people make three rows, and a phone still has ~22 px a mark. */
export const UNIT_COLUMNS = 15;

/** Bands from top to bottom; one with nobody in it is left out. */
const BANDS = ['at-msl', 'left', 'never-started', 'not-yet'] as const satisfies readonly CohortStatus[];
const bandLabel: Record<CohortStatus, UiKey> = { 'at-msl': 'chart.unit.atMsl', left: 'chart.unit.left', 'never-started': 'chart.unit.neverStarted', 'not-yet': 'chart.unit.notYet' };

const monthOf = (d: { year: number; month: number }) => `${d.year}-${String(d.month).padStart(2, '0')}`;

export function retention(data: Dataset, locale: Locale): ChartSpec {
  const end = monthOf(DEPARTURE_WINDOW.to);
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const status = (p: Person) => cohortStatus(p, end);
  const day = (d: ReturnType<typeof parsePartialDate> | null) => (d ? `${d.start.year}-${d.start.month}-${d.start.day}` : '9');
  // At MSL: confirmed first, in the order they came on record; the pale ones together at the end, where a glance finds them.
  const order = (a: Person, b: Person) =>
    Number(isPale(a)) - Number(isPale(b)) ||
    onRecordFrom(a).localeCompare(onRecordFrom(b)) ||
    day(departureDate(a)).localeCompare(day(departureDate(b))) ||
    day(hireDate(a)).localeCompare(day(hireDate(b))) ||
    a.name.localeCompare(b.name);
  const bands = BANDS.map((key) => ({ key, people: summerCohort(data).filter((p) => status(p) === key).sort(order) })).filter((b) => b.people.length > 0);
  const people = bands.flatMap((b) => b.people);

  // The grid, in rows (fractional: y is a linear scale): each band's heading, then its marks. At MSL fills rows of
  // UNIT_COLUMNS; everyone else has a taller row of their own, room for a note on two lines beside the mark on a phone.
  const marks: Units['marks'] = [];
  const headingRows: number[] = [];
  let row = 0;
  for (const band of bands) {
    headingRows.push(row);
    const wide = band.key === 'at-msl';
    const step = wide ? 1 : 1.6;
    const first = row + (wide ? 1 : 1.2);
    band.people.forEach((_, i) => marks.push({ group: band.key, col: wide ? i % UNIT_COLUMNS : 0, row: first + (wide ? Math.floor(i / UNIT_COLUMNS) : i * step) }));
    const last = marks.at(-1)!.row;
    row = last + (wide ? 1.1 : 1.6);
  }
  row -= 0.5;
  const date = (text: string) => formatPartialDate(parsePartialDate(text), locale);
  const gone = (p: Person) => {
    if (p.neverStarted) return t(locale, 'chart.neverStartedNote');
    const fact = departureFact(p);
    if (!fact) return '';
    // Beside a mark, a bare "dilaporkan …" would not say what was reported.
    if (fact.kind === 'reported') return `${t(locale, 'people.departure.reported').toLocaleLowerCase(locale)} ${date(fact.date)}`;
    return t(locale, `departure.${fact.kind}`, { date: date(fact.date) });
  };
  const destination = (p: Person) => {
    const id = p.departure?.destination;
    return id ? (orgs.get(id)?.short ?? id) : t(locale, 'chart.undisclosed');
  };
  const groups = bands.map((b) => ({ key: b.key, label: t(locale, bandLabel[b.key]), count: b.people.length }));
  const units = (notes: string[]): Units => ({ groups, columns: UNIT_COLUMNS, marks, rows: row, headingRows, notes });
  const statusNotes = people.map((p) => (status(p) === 'at-msl' ? '' : `${p.name}, ${gone(p)}`));
  const whereNotes = people.map((p) => (status(p) === 'at-msl' ? '' : `${p.name}, ${t(locale, 'chart.unit.to', { org: destination(p) })}`));

  // One series per band, and its pale part: 1 for each person in it, null for everyone else.
  const bandSeries = (colour: (p: Person) => ColourRole): Series[] =>
    bands.flatMap((b) => {
      const label = t(locale, bandLabel[b.key]);
      const colours = people.map(colour);
      const solid: Series = { key: b.key, label, colour: colours, tone: 'solid', data: people.map((p) => (status(p) === b.key && !isPale(p) ? 1 : null)) };
      const pale: Series = { key: `${b.key}:secondary`, of: b.key, label: `${label} (${t(locale, 'chart.secondaryShort')})`, colour: colours, tone: 'light', data: people.map((p) => (status(p) === b.key && isPale(p) ? 1 : null)) };
      return pale.data.some((v) => v !== null) ? [solid, pale] : [solid];
    });
  const statusColour = (p: Person): ColourRole => (status(p) === 'at-msl' ? 'meta' : 'other');
  const destinationColour = (p: Person): ColourRole => (status(p) === 'at-msl' ? 'meta' : (orgs.get(p.departure?.destination ?? '')?.colour ?? 'other'));

  const origin = (p: Person) => (p.previousEmployer ? (orgs.get(p.previousEmployer)?.short ?? p.previousEmployer) : '');
  const hired = (p: Person) => (p.hireReported ? date(p.hireReported) : t(locale, 'chart.undated'));
  const details = people.map((p) => [t(locale, bandLabel[status(p)]), `${t(locale, 'table.origin')}: ${origin(p)}`, `${t(locale, 'table.hireReported')}: ${hired(p)}`, ...(status(p) === 'at-msl' ? [] : [gone(p)]), t(locale, isPale(p) ? 'chart.secondary' : 'chart.confirmed')]);
  const table = {
    head: [t(locale, 'table.person'), t(locale, 'table.status'), t(locale, 'table.origin'), t(locale, 'table.hireReported'), t(locale, 'table.left'), t(locale, 'table.verification')],
    rows: people.map((p) => [p.name, t(locale, bandLabel[status(p)]), origin(p), hired(p), status(p) === 'at-msl' ? '' : `${gone(p)}${p.departure ? `, ${t(locale, 'chart.unit.to', { org: destination(p) })}` : ''}`, t(locale, isPale(p) ? 'chart.secondary' : 'chart.confirmed')]),
  };
  const view = (key: 'status' | 'where', colour: (p: Person) => ColourRole, notes: string[]): ChartView => ({
    key,
    name: t(locale, `chart.view.${key}`),
    indexAxis: 'x',
    stacked: false,
    labels: people.map((p) => p.name),
    categoryDays: null,
    series: bandSeries(colour),
    summable: true,
    valueTitle: t(locale, 'chart.unit.person'),
    details,
    table,
    units: units(notes),
  });
  return {
    id: 'retention',
    locale,
    views: [view('status', statusColour, statusNotes), view('where', destinationColour, whereNotes)],
    sources: [...new Set(people.flatMap((p) => p.sources))],
  };
}
