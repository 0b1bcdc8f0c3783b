/**
 * A count series split by how well its people's facts are verified: the
 * confirmed part solid, the secondary-only part pale (`of` the solid one), so
 * every chart that counts people shows verification the same way, with one
 * legend entry for every pale part. No pale series when nobody is pale.
 *
 *   verifiedSeries({ key: 'openai', label: 'OpenAI', colour: 'openai' }, [[wang], [fan]], 'id')
 *   // [{ key: 'openai', tone: 'solid', data: [1, 0] }, { key: 'openai:secondary', of: 'openai', tone: 'light', data: [0, 1] }]
 */
import { t, type Locale } from '../i18n/ui.ts';
import type { Entry } from '../domain/schemas/index.ts';
import type { Series } from './types.ts';

type Person = Entry<'people'>;

/** Whether a person's facts are shown pale: anything short of confirmed in an original source. */
export const isPale = (p: Pick<Person, 'verification'>) => p.verification !== 'confirmed';

export function verifiedSeries(base: Pick<Series, 'key' | 'label' | 'colour'>, people: readonly (readonly Person[] | null)[], locale: Locale): Series[] {
  const count = (pale: boolean) => people.map((ps) => (ps === null ? null : ps.filter((p) => isPale(p) === pale).length));
  const solid: Series = { ...base, tone: 'solid', data: count(false) };
  const light = count(true);
  if (!light.some((n) => (n ?? 0) > 0)) return [solid];
  return [solid, { ...base, key: `${base.key}:secondary`, of: base.key, label: `${base.label} (${t(locale, 'chart.secondaryShort')})`, tone: 'light', data: light }];
}
