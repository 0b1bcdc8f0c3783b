import { describe, expect, it } from 'vitest';
import { pageSchema } from './page.ts';
import { storySchema } from './story.ts';

const valid = {
  title: 'Judul',
  dek: 'Dek.',
  byline: ['Tim Data'],
  lang: 'id',
  published: '2026-11-27',
  basedOn: { publisher: 'WIRED', title: 'Meta Poaches OpenAI Scientist to Help Lead AI Lab', dateNote: '24 atau 25 September 2025', url: null },
  description: 'Ringkasan.',
};

const issues = (patch: Record<string, unknown>) => {
  const result = storySchema.safeParse({ ...valid, ...patch });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('storySchema', () => {
  it('fills defaults for corrections and draft', () => {
    expect(storySchema.parse(valid)).toMatchObject({ corrections: [], draft: false });
  });

  it.each([
    [{ title: 'Meta <em>merekrut</em>' }, 'title: title must be plain text, without HTML tags: remove "<em>"'],
    [{ dek: '<b>x</b>' }, 'dek: dek must be plain text, without HTML tags: remove "<b>"'],
    [{ published: '2025-02-30' }, 'published: published is not a real calendar date (check the month and the day)'],
    [{ published: '2025-13-45' }, 'published: published is not a real calendar date (check the month and the day)'],
    [{ published: new Date('2026-11-27') }, "published: published must be a quoted date such as '2026-11-27' (unquoted, YAML turns it into a timestamp)"],
    [{ updated: '2026-11-26' }, 'updated: updated (2026-11-26) is before published (2026-11-27)'],
    [{ corrections: [{ date: '2026-11-01', text: 'x' }] }, 'corrections.0.date: correction date 2026-11-01 is before published (2026-11-27)'],
    [{ description: 'a'.repeat(161) }, 'description: description must be at most 160 characters (search results cut it)'],
    [{ lang: 'fr' }, "lang: lang must be 'id' or 'en'"],
    [{ byline: [] }, 'byline: byline needs at least one name'],
    [{ title: undefined }, 'title: title is missing: add a line "title: …" between the two --- lines at the top'],
    [{ published: undefined }, 'published: published is missing: add a line "published: …" between the two --- lines at the top'],
    [{ lang: undefined }, 'lang: lang is missing: add a line "lang: …" between the two --- lines at the top'],
    [{ byline: undefined }, 'byline: byline is missing: add a line "byline: …" between the two --- lines at the top'],
    [{ basedOn: { ...valid.basedOn, publisher: undefined } }, 'basedOn.publisher: basedOn.publisher is missing: add a line "publisher: …" under "basedOn:"'],
    [{ title: 12 }, 'title: title must be text'],
    ...['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/metode/', 'www.wired.com'].map((url): [Record<string, unknown>, string] => [
      { basedOn: { ...valid.basedOn, url } },
      `basedOn.url: basedOn.url must be a full http:// or https:// address, not ${JSON.stringify(url.trim())}`,
    ]),
  ])('rejects %j', (patch, message) => {
    expect(issues(patch)).toContain(message);
  });

  it('rejects a malformed day without throwing', () => {
    expect(issues({ published: '27-11-2026' })).toContain("published: published must be written YYYY-MM-DD, e.g. '2026-11-27'");
  });

  it('accepts an http or https basedOn.url, trimmed', () => {
    const parsed = storySchema.parse({ ...valid, basedOn: { ...valid.basedOn, url: ' HTTPS://www.wired.com/story/x/ ' } });
    expect(parsed.basedOn!.url).toBe('HTTPS://www.wired.com/story/x/');
  });

  it('accepts an update on the day of publication and a leap day', () => {
    expect(issues({ updated: '2026-11-27', corrections: [{ date: '2028-02-29', text: 'Ralat.' }] })).toEqual([]);
  });

  it.each([
    [{ descripton: 'Ringkasan.' }, 'descripton: unknown field "descripton": did you mean "description"? (its value would be lost)'],
    [{ translationof: 'x' }, 'translationof: unknown field "translationof": did you mean "translationOf"? (its value would be lost)'],
    [{ basedOn: { ...valid.basedOn, urll: null } }, 'basedOn: unknown field "urll": did you mean "url"? (its value would be lost)'],
    [{ corrections: [{ date: '2026-11-28', text: 'Ralat.', url: 'x' }] }, 'corrections.0: unknown field "url" (its value would be lost). Known fields here: date, text'],
  ])('refuses the unknown field in %j instead of dropping it', (patch, message) => {
    expect(issues(patch)).toEqual([message]);
  });
});

it('reports a misspelt required field both as missing and as unknown, with the fix', () => {
  const { description: _, ...rest } = valid;
  const result = storySchema.safeParse({ ...rest, descripton: 'Ringkasan.' });
  expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
    'description: description is missing: add a line "description: …" between the two --- lines at the top',
    'descripton: unknown field "descripton": did you mean "description"? (its value would be lost)',
  ]);
});

describe('pageSchema', () => {
  it('refuses an unknown field instead of dropping it', () => {
    const result = pageSchema.safeParse({ title: 'Metode', description: 'Cara data dibuat.', lang: 'id', tilte: 'x' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['unknown field "tilte": did you mean "title"? (its value would be lost)']);
  });
});
