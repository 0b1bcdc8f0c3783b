import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionNames, type CollectionName } from './schemas/index.ts';
import { DatasetError, decodeDataFile, parseDataset, parseDatasetFast, parseDatasetWithPositions, type DataFile, type DatasetIssue } from './dataset.ts';

const real = Object.fromEntries(
  collectionNames.map((c) => [c, { path: `content/data/${c}.yaml`, text: readFileSync(`content/data/${c}.yaml`, 'utf8') }]),
) as Record<CollectionName, DataFile>;

/** The real dataset with one file's text changed by `edit`. */
function withEdit(c: CollectionName, edit: (text: string) => string): Record<CollectionName, DataFile> {
  const text = edit(real[c].text);
  if (text === real[c].text) throw new Error('the edit changed nothing: fix the test');
  return { ...real, [c]: { ...real[c], text } };
}

function issuesOf(files: Record<CollectionName, DataFile>): DatasetIssue[] {
  try {
    parseDataset(files);
  } catch (e) {
    if (e instanceof DatasetError) return e.issues;
    throw e;
  }
  throw new Error('expected the dataset to be rejected');
}

const lineOf = (c: CollectionName, needle: string) => real[c].text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the real dataset', () => {
  const data = parseDataset(real);
  it('keeps every person, event, source and organisation of the dossier', () => {
    expect(data.people).toHaveLength(61);
    expect(data.events).toHaveLength(28);
    expect(data.sources).toHaveLength(81);
    expect(data.organisations).toHaveLength(16);
  });
  it('gives every person and event at least one source with an http(s) URL', () => {
    const urls = new Map(data.sources.map((s) => [s.id, s.url]));
    for (const entry of [...data.people, ...data.events]) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const s of entry.sources) expect(urls.get(s)).toMatch(/^https?:\/\//);
    }
  });
});

describe('parseDataset rejects bad input with file, line, entry and field', () => {
  it('reports a YAML syntax error with its line', () => {
    const issues = issuesOf(withEdit('people', (t) => t.replace('- id: yang-song\n  name: Yang Song', '- id: yang-song\n  name: [Yang Song')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/data/people.yaml', entry: null });
    expect(issues[0]!.message).toMatch(/^YAML syntax error/);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(lineOf('people', '- id: yang-song'));
  });

  it('reports a missing required field', () => {
    const issues = issuesOf(withEdit('people', (t) => t.replace(/(- id: yang-song\n(?:.*\n)*?)  previousRole:\n(?:    .*\n)+/, '$1')));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/data/people.yaml', entry: 'yang-song', field: 'previousRole', message: expect.stringMatching(/^required field is missing/) }),
    ]);
  });

  it('reports a missing translation, naming the language, the entry and the field, where the field starts', () => {
    const issues = issuesOf(withEdit('people', (t) => t.replace('    en: Research principal of MSL; reports to Shengjia Zhao\n', '')));
    expect(issues).toEqual([
      {
        file: 'content/data/people.yaml',
        line: lineOf('people', '    id: Research principal MSL; melapor kepada Shengjia Zhao'),
        entry: 'yang-song',
        field: 'mslRole.en',
        message: 'required field is missing (the English text is missing: add a line "en: …" under this field)',
      },
    ]);
  });

  it('reports a text given in one language only, and an empty translation', () => {
    const issues = issuesOf(
      withEdit('people', (t) =>
        t
          .replace(/(- id: yang-song\n(?:.*\n)*?)  previousRole:\n(?:    .*\n)+/, '$1  previousRole: Led the strategic explorations team\n')
          .replace('    id: Research principal MSL; melapor kepada Shengjia Zhao\n', "    id: ''\n"),
      ),
    );
    expect(issues.map((i) => [i.entry, i.field, i.message])).toEqual([
      ['yang-song', 'previousRole', 'must be given in both languages, on two indented lines under the field: "id: …" (Indonesian) and "en: …" (English)'],
      ['yang-song', 'mslRole.id', 'the Indonesian text ("id") must not be empty'],
    ]);
  });

  it.each([
    ["'2025-13-45'", 'month 13 does not exist'],
    ['2025-13-45', 'month 13 does not exist'],
    ["'2025-02-30'", 'day 30 does not exist in 2025-02'],
    ["'September 2025'", 'does not look like YYYY'],
  ])('reports the impossible or malformed date %s', (value, reason) => {
    const issues = issuesOf(withEdit('people', (t) => t.replace("hireReported: '2025-09-24/25'", `hireReported: ${value}`)));
    expect(issues).toEqual([
      expect.objectContaining({ entry: 'yang-song', field: 'hireReported', line: lineOf('people', "hireReported: '2025-09-24/25'"), message: expect.stringContaining(reason) }),
    ]);
  });

  it('reports a departure before its hire', () => {
    const issues = issuesOf(withEdit('people', (t) => t.replace("left: '2026-02'", "left: '2025-06'")));
    expect(issues).toEqual([
      expect.objectContaining({ entry: 'ruoming-pang', field: 'departure.left', message: expect.stringContaining('is before the hire') }),
    ]);
  });

  it('reports an id that is not kebab-case', () => {
    const issues = issuesOf(withEdit('organisations', (t) => t.replace('- id: figma', '- id: Figma Inc')));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/data/organisations.yaml', entry: 'Figma Inc', field: 'id', message: expect.stringContaining('must be kebab-case') }));
  });

  it('reports a duplicate id and where the first one is', () => {
    const issues = issuesOf(withEdit('people', (t) => t.replace('- id: nat-friedman', '- id: alexandr-wang')));
    expect(issues).toContainEqual(
      expect.objectContaining({ entry: 'alexandr-wang', field: 'id', message: expect.stringContaining(`already used on line ${lineOf('people', '- id: alexandr-wang')}`) }),
    );
  });

  it('reports an unknown person in an event, with a suggestion', () => {
    const issues = issuesOf(withEdit('events', (t) => t.replace("  - trapit-bansal\n  summary: 'TechCrunch", "  - trapit-bansl\n  summary: 'TechCrunch")));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/data/events.yaml', entry: '2025-06-26-trapit-bansal', field: 'people.0', message: expect.stringContaining('unknown person "trapit-bansl"; did you mean "trapit-bansal"?') }),
    ]);
  });

  it('names a list item in the message the way an editor would, not "people.0"', () => {
    const files = withEdit('events', (t) => t.replace("  - trapit-bansal\n  summary: 'TechCrunch", "  - trapit-bansl\n  summary: 'TechCrunch"));
    expect(() => parseDataset(files)).toThrow('(entry "2025-06-26-trapit-bansal", the first person listed under "people"): unknown person "trapit-bansl"');
  });

  it('reports an unknown organisation and an unknown source', () => {
    const issues = issuesOf(
      withEdit('people', (t) => t.replace('previousEmployer: scale-ai', 'previousEmployer: scale').replace('  - pymnts-artificial-intelligence-metas\n', '  - no-such-source\n')),
    );
    expect(issues.map((i) => [i.entry, i.field, i.message.split(/[;.] /)[0]])).toEqual([
      ['alexandr-wang', 'previousEmployer', 'unknown organisation "scale"'],
      ['alexandr-wang', 'sources.0', 'unknown source "no-such-source"'],
    ]);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://example.org/file', '/relative/path', 'not a url'])('rejects the source URL %j', (url) => {
    const issues = issuesOf(withEdit('sources', (t) => t.replace('url: http://gokawiil.com/article/105531', `url: '${url}'`)));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/data/sources.yaml', entry: 'gokawiil', field: 'url', message: `must be a full http:// or https:// address, not ${JSON.stringify(url.trim())}` }),
    ]);
  });

  it('rejects markup in a name and in a summary', () => {
    const people = issuesOf(withEdit('people', (t) => t.replace('name: Yang Song', 'name: <b>Yang Song</b>')));
    expect(people).toEqual([expect.objectContaining({ entry: 'yang-song', field: 'name', message: expect.stringContaining('plain text') })]);
    const events = issuesOf(withEdit('events', (t) => t.replace("summary: 'TechCrunch:", "summary: '<script>x</script> TechCrunch:")));
    expect(events).toEqual([expect.objectContaining({ entry: '2025-06-26-trapit-bansal', field: 'summary' })]);
  });

  it('names every problem at once, in a message an editor can read', () => {
    try {
      parseDataset(withEdit('people', (t) => t.replace('name: Yang Song', 'name: <i>x</i>').replace('previousEmployer: scale-ai', 'previousEmployer: scale')));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/^The data in content\/data has 2 problems:/);
      expect(msg).toContain(`content/data/people.yaml:${lineOf('people', 'name: Yang Song')} (entry "yang-song", field "name")`);
    }
  });
});

describe('parseDataset refuses a field no schema knows, rather than dropping it', () => {
  it.each([
    ['people', "  notes:\n    id: 'WIRED: sebagai", "  note:\n    id: 'WIRED: sebagai", 'yang-song', 'note', 'unknown field "note": did you mean "notes"? (its value would be lost)'],
    ['people', "  hireReported: '2025-09-24/25'", "  hireReportd: '2025-09-24/25'", 'yang-song', 'hireReportd', 'unknown field "hireReportd": did you mean "hireReported"? (its value would be lost)'],
    ['people', '    destination: openai\n    destinationNote: null', '    destination: openai\n    destinationNotes: null', 'ruoming-pang', 'departure.destinationNotes', 'unknown field "destinationNotes": did you mean "destinationNote"? (its value would be lost)'],
    ['events', '    count: 11\n', '    count: 11\n    cuont: 12\n', '2025-09-24-wired-song', 'tally.cuont', 'unknown field "cuont": did you mean "count"? (its value would be lost)'],
    ['organisations', '- id: figma\n', '- id: figma\n  website: https://figma.com\n', 'figma', 'website', 'unknown field "website" (its value would be lost). Known fields here: id, name, short, kind, colour, group'],
  ] as const)('in %s: %j', (c, from, to, entry, field, message) => {
    const issues = issuesOf(withEdit(c, (t) => t.replace(from, to)));
    const typed = to.split('\n').findIndex((l, i) => l !== from.split('\n')[i]);
    // Located by the edit's last line, which is unique in the file (a first line such as "  notes:" is not).
    const lines = from.split('\n');
    const last = lines.findLastIndex((l) => l.trim() !== '');
    expect(issues).toContainEqual({ file: `content/data/${c}.yaml`, line: lineOf(c, lines[last]!) - last + typed, entry, field, message });
  });

  it('names each unknown field of one entry on its own line', () => {
    const block = "  cohort: summer-2025\n  previousEmployer: openai\n  previousEmployerNote: null\n  previousRole:\n    id: Memimpin tim eksplorasi strategis";
    const issues = issuesOf(withEdit('people', (t) => t.replace(block, block.replace('cohort:', 'cohorts:').replace('EmployerNote:', 'EmployerNotes:'))));
    const at = lineOf('people', '- id: yang-song');
    expect(issues.map((i) => [i.line, i.field, i.message.split(':')[0]])).toEqual([
      [at, 'cohort', 'required field is missing (Invalid option'],
      [at + 3, 'cohorts', 'unknown field "cohorts"'],
      [at + 5, 'previousEmployerNotes', 'unknown field "previousEmployerNotes"'],
    ]);
  });
});

describe('parseDataset says what a YAML mistake is', () => {
  const song = lineOf('people', '- id: yang-song');

  it.each([
    ['people', '  category: hire\n  cohort: summer-2025\n  previousEmployer: openai\n  previousEmployerNote: null\n  previousRole:\n    id: Memimpin tim eksplorasi strategis', '  category: hire\n  cohort: summer-2025\n  category: departure\n  previousEmployer: openai\n  previousEmployerNote: null\n  previousRole:\n    id: Memimpin tim eksplorasi strategis', 'yang-song', 'category', 'duplicate key "category": it is already set on line LINE, and one value would silently replace the other. Keep one'],
    ['people', '    destination: openai\n    destinationNote: null', '    destination: openai\n    destination: null', 'ruoming-pang', 'departure.destination', 'duplicate key "destination": it is already set on line LINE, and one value would silently replace the other. Keep one'],
    ['events', '    count: 11\n', '    count: 11\n    count: 12\n', '2025-09-24-wired-song', 'tally.count', 'duplicate key "count": it is already set on line LINE, and one value would silently replace the other. Keep one'],
  ] as const)('names the entry and the key written twice (%s: %s)', (c, from, to, entry, field, message) => {
    const issues = issuesOf(withEdit(c, (t) => t.replace(from, to)));
    const start = real[c].text.slice(0, real[c].text.indexOf(from)).split('\n').length;
    const key = `${field.split('.').at(-1)}:`;
    const lines = to.split('\n');
    const first = lines.findIndex((l) => l.trim().startsWith(key));
    const second = lines.findIndex((l, i) => i > first && l.trim().startsWith(key));
    expect(issues).toEqual([{ file: `content/data/${c}.yaml`, line: start + second, entry, field, message: message.replace('LINE', String(start + first)) }]);
  });

  it.each([
    ['a field', "  previousRole:\n    id: Memimpin tim eksplorasi strategis", "\tpreviousRole:\n    id: Memimpin tim eksplorasi strategis", song + 6],
    ['a list item', "  sources:\n  - technewsvision-meta-poaches-openai\n  - dataconomy", "  sources:\n\t- technewsvision-meta-poaches-openai\n  - dataconomy", song + 23],
    ['spaces then a tab', "  previousRole:\n    id: Memimpin tim eksplorasi strategis", " \tpreviousRole:\n    id: Memimpin tim eksplorasi strategis", song + 6],
  ])('says tabs are not allowed, with the line, for a tab before %s', (_, from, to, line) => {
    expect(issuesOf(withEdit('people', (t) => t.replace(from, to)))).toEqual([
      { file: 'content/data/people.yaml', line, entry: null, field: null, message: 'tabs are not allowed, use spaces: this line is indented with a tab. Indent with two spaces per level' },
    ]);
  });

  it('does not blame a tab inside a block of text for a syntax error further down', () => {
    const files = withEdit('people', (t) =>
      t.replace('    en: WIRED; copies disagree, original page not stored', '    en: |\n      WIRED;\tcopies disagree').replace('  - ainews247\n', '  - [ainews247\n'),
    );
    expect(issuesOf(files)).toEqual([expect.objectContaining({ message: expect.stringMatching(/^YAML syntax error/) })]);
  });

  it('refuses bytes that are not UTF-8, naming the file and line of the first bad byte', () => {
    const bytes = Buffer.from(real.people.text.replace('name: Yang Song', 'name: Yang S?ng'));
    bytes[bytes.indexOf('Yang S?ng') + 6] = 0xf6; // "ö" in Windows-1252
    const issues: DatasetIssue[] = [];
    decodeDataFile('content/data/people.yaml', bytes, issues);
    expect(issues).toEqual([
      {
        file: 'content/data/people.yaml',
        line: lineOf('people', 'name: Yang Song'),
        entry: null,
        field: null,
        message: expect.stringMatching(/^this line holds bytes \(0xF6\) that are not UTF-8 text .* save it as UTF-8/),
      },
    ]);
    const clean: DatasetIssue[] = [];
    expect(decodeDataFile('content/data/people.yaml', Buffer.from(real.people.text), clean)).toEqual(real.people);
    expect(clean).toEqual([]);
  });

  it('refuses text already decoded leniently (U+FFFD), as `astro dev` reads it', () => {
    expect(issuesOf(withEdit('people', (t) => t.replace('name: Yang Song', 'name: Yang S\uFFFDng')))).toEqual([
      expect.objectContaining({ file: 'content/data/people.yaml', line: lineOf('people', 'name: Yang Song'), message: expect.stringContaining('not UTF-8') }),
    ]);
  });
});

describe('parseDataset: time runs one way', () => {
  const day = { year: 2026, month: 3, day: 1 };
  const check = (files: Record<CollectionName, DataFile>) => {
    try {
      parseDataset(files, day);
      return [];
    } catch (e) {
      if (e instanceof DatasetError) return e.issues;
      throw e;
    }
  };
  const song = (from: string, to: string) => withEdit('people', (t) => t.replace(`- id: yang-song\n${from}`, `- id: yang-song\n${to}`));
  const head = "  name: Yang Song\n  category: hire\n  cohort: summer-2025\n  previousEmployer: openai\n  previousEmployerNote: null\n  previousRole:\n    id: Memimpin tim eksplorasi strategis OpenAI; di OpenAI sejak 2022\n    en: Led OpenAI’s strategic explorations team; at OpenAI since 2022\n  mslRole:\n    id: Research principal MSL; melapor kepada Shengjia Zhao\n    en: Research principal of MSL; reports to Shengjia Zhao\n";
  const at = lineOf('people', '- id: yang-song');

  it('accepts the real data on a day after its last date, and every date on the build day itself', () => {
    expect(check(real)).toEqual([]);
    expect(check(song(`${head}  hireReported: '2025-09-24/25'`, `${head}  hireReported: '2026-03-01'`))).toEqual([]);
  });

  it.each([
    ["  hireReported: '2025-09-24/25'", "  hireReported: '2026-03-02'", 'hireReported', 12, '"2026-03-02" is after the build date (2026-03-01): this date says when something happened or was reported, so it cannot be in the future. Correct it (a typo in the year or month?)'],
    ["  hireReported: '2025-09-24/25'", "  hireReported: '~2027-01'", 'hireReported', 12, '"~2027-01" is after the build date (2026-03-01): this date says when something happened or was reported, so it cannot be in the future. Correct it (a typo in the year or month?)'],
    ["  hireReported: '2025-09-24/25'", "  hireReported: '2026-04'", 'hireReported', 12, '"2026-04" is after the build date (2026-03-01): this date says when something happened or was reported, so it cannot be in the future. Correct it (a typo in the year or month?)'],
    ["  hireReported: '2025-09-24/25'\n  hireReportedNote:\n    id: WIRED; salinan-salinannya tidak sepakat, halaman aslinya tidak tersimpan\n    en: WIRED; copies disagree, original page not stored\n  started: '2025-09'", "  hireReported: '2025-09-24/25'\n  hireReportedNote:\n    id: WIRED; salinan-salinannya tidak sepakat, halaman aslinya tidak tersimpan\n    en: WIRED; copies disagree, original page not stored\n  started: '2026-05'", 'started', 16, '"2026-05" is after the build date (2026-03-01). If it is a date announced for the future, add "startedPlanned: true" beside it (the page then shows it as planned); otherwise correct the date'],
  ])('refuses %s -> %s', (from, to, field, offset, message) => {
    expect(check(song(head + from, head + to))).toEqual([{ file: 'content/data/people.yaml', line: at + offset, entry: 'yang-song', field, message }]);
  });

  it('refuses a departure reported or left after the build date, unless the leaving is marked planned', () => {
    const pang = (edit: string) => withEdit('people', (t) => t.replace("    reported: '2026-02-25'\n    left: '2026-02'\n", edit));
    const line = lineOf('people', "    left: '2026-02'");
    expect(check(pang("    reported: '2026-02-25'\n    left: '2026-06'\n"))).toEqual([
      {
        file: 'content/data/people.yaml',
        line,
        entry: 'ruoming-pang',
        field: 'departure.left',
        message: '"2026-06" is after the build date (2026-03-01). If it is a date announced for the future, add "planned: true" in the departure block (the page then shows it as planned); otherwise correct the date',
      },
    ]);
    expect(check(pang("    reported: '2026-02-25'\n    left: '2026-06'\n    planned: true\n"))).toEqual([]);
    expect(check(pang("    reported: '2026-04-25'\n    left: '2026-06'\n    planned: true\n"))).toEqual([
      expect.objectContaining({ line: line - 1, entry: 'ruoming-pang', field: 'departure.reported', message: expect.stringContaining('cannot be in the future') }),
    ]);
  });

  it('accepts a planned start, keeps the flag, and refuses a flag with no date', () => {
    const planned = song(`${head}  hireReported: '2025-09-24/25'\n  hireReportedNote:\n    id: WIRED; salinan-salinannya tidak sepakat, halaman aslinya tidak tersimpan\n    en: WIRED; copies disagree, original page not stored\n  started: '2025-09'`, `${head}  hireReported: '2025-09-24/25'\n  hireReportedNote:\n    id: WIRED; salinan-salinannya tidak sepakat, halaman aslinya tidak tersimpan\n    en: WIRED; copies disagree, original page not stored\n  started: '2026-05'\n  startedPlanned: true`);
    expect(check(planned)).toEqual([]);
    expect(parseDataset(planned, day).people.find((p) => p.id === 'yang-song')).toMatchObject({ started: '2026-05', startedPlanned: true });
    const flagOnly = withEdit('people', (t) => t.replace("  started: null\n", "  started: null\n  startedPlanned: true\n"));
    expect(check(flagOnly)).toEqual([expect.objectContaining({ field: 'startedPlanned', message: 'startedPlanned is true but started is null: give the planned date, or remove startedPlanned' })]);
  });

  it('leaves "by" dates alone: "by 2026-06" may well be in the past', () => {
    expect(check(song(`${head}  hireReported: '2025-09-24/25'`, `${head}  hireReported: 'by 2026-06'`))).toEqual([]);
  });
});

describe('the fast path (entry by entry) and the position-aware path (whole files)', () => {
  /** The fast path must not give up on `files`, and must give exactly what the position-aware path gives. */
  function expectSameDataset(files: Record<CollectionName, DataFile>) {
    const fast = parseDatasetFast(files);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(parseDatasetWithPositions(files));
  }

  it('give the same dataset for the real data', () => {
    expectSameDataset(real);
  });

  it('give the same dataset for YAML whose entries are harder to cut apart', () => {
    const sources = withEdit('sources', (t) =>
      t
        // A block scalar keeping its trailing blank lines, then a comment, right before the next entry.
        .replace(
          '  excerpt: Zuckerberg ... told company staff Monday (June 30) that he is creating a new ... unit called Meta Superintelligence Labs\n',
          '  excerpt: |+\n    Zuckerberg ... told company staff\n    - Monday (June 30)\n\n\n# a comment between entries\n  # and an indented one\n',
        )
        // A quoted scalar over several lines.
        .replace("  publisher: PYMNTS\n", "  publisher: 'PYMNTS,\n\n    a quoted scalar'\n"),
    );
    expectSameDataset(sources);
    expect(parseDatasetFast(sources)!.sources[0]!.excerpt).toBe('Zuckerberg ... told company staff\n- Monday (June 30)\n\n\n');
    // Windows line endings.
    expectSameDataset(withEdit('people', (t) => t.replaceAll('\n', '\r\n')));
  });

  it('leave a file the fast path cannot cut safely to the position-aware path', () => {
    // A directive applies to the whole document: cut into pieces, only the first would see it.
    const files = withEdit('organisations', (t) => `%YAML 1.2\n---\n${t}`);
    expect(parseDatasetFast(files)).toBeNull();
    expect(parseDataset(files)).toStrictEqual(parseDatasetWithPositions(real));
  });

  it('write exactly the messages of the position-aware path when some files have problems', () => {
    const message = (parse: () => unknown) => {
      try {
        parse();
      } catch (e) {
        if (e instanceof DatasetError) return e.message;
        throw e;
      }
      throw new Error('expected the dataset to be rejected');
    };
    const broken = [
      withEdit('people', (t) => t.replace('- id: yang-song\n  name: Yang Song', '- id: yang-song\n  name: [Yang Song')),
      withEdit('people', (t) => t.replace('- id: nat-friedman', '- id: alexandr-wang').replace("left: '2026-02'", "left: '2025-06'")),
      withEdit('people', (t) => t.replace(/(- id: yang-song\n(?:.*\n)*?)  previousRole:\n(?:    .*\n)+/, '$1').replace('previousEmployer: scale-ai', 'previousEmployer: scale')),
      { ...withEdit('events', (t) => t.replace('  - trapit-bansal\n', '  - trapit-bansl\n')), sources: withEdit('sources', (t) => t.replace('url: http://gokawiil.com/article/105531', "url: 'not a url'")).sources },
    ];
    for (const files of broken) expect(message(() => parseDataset(files))).toBe(message(() => parseDatasetWithPositions(files)));
  });

  it('give up on the fast path when only the checks find a problem, and report its line from the whole file', () => {
    // Valid YAML: the date check and the reference check find the problems, in that order.
    const files = withEdit('people', (t) => t.replace("hireReported: '2025-09-24/25'", "hireReported: '2025-13-45'").replace('previousEmployer: scale-ai', 'previousEmployer: scale'));
    expect(parseDatasetFast(files)).toBeNull();
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'content/data/people.yaml', line: lineOf('people', "hireReported: '2025-09-24/25'"), entry: 'yang-song', field: 'hireReported' }),
      expect.objectContaining({ file: 'content/data/people.yaml', line: lineOf('people', 'previousEmployer: scale-ai'), entry: 'alexandr-wang', field: 'previousEmployer' }),
    ]);
  });
});
