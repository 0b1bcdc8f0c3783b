import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkCheckComponents } from './remark-check-components.ts';
import { readDataset } from '../site/read-dataset.ts';
import { compileInputsOf } from './compile-inputs.ts';

const inputs = () => compileInputsOf(readDataset(process.cwd()));

function check(mdx: string): void {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckComponents, { inputs });
  const file = new VFile({ path: 'content/stories/contoh.mdx', value: mdx });
  processor.runSync(processor.parse(file), file);
}

function failure(mdx: string): { message: string; line: number | undefined } {
  try {
    check(mdx);
  } catch (e) {
    const err = e as { reason: string; line?: number; file?: string };
    expect(err.file).toBe('content/stories/contoh.mdx');
    return { message: err.reason, line: err.line };
  }
  throw new Error('expected the MDX to be rejected');
}

describe('remarkCheckComponents', () => {
  it('accepts a valid scrolly section', () => {
    expect(() =>
      check('# Judul\n\n<Scrolly chart="hiring-wave" title="Rekrutan">\n  <Step until="2025-06-30" highlight="openai">Teks</Step>\n  <Step view="cumulative">Teks</Step>\n</Scrolly>\n'),
    ).not.toThrow();
  });

  it('suggests the chart id an editor probably meant', () => {
    expect(failure('Teks\n\n<Scrolly chart="hiring-wav" title="x">\n<Step>a</Step>\n</Scrolly>\n')).toEqual({
      message: 'Unknown chart "hiring-wav" in <Scrolly>: did you mean "hiring-wave"? Known charts: hiring-wave, origins, departures, retention.',
      line: 3,
    });
  });

  it('rejects a step outside a scrolly section', () => {
    expect(failure('Teks\n\n<Step>lepas</Step>\n')).toEqual({
      message: '<Step> must be inside a <Scrolly chart="…"> section: move it between <Scrolly> and </Scrolly>.',
      line: 3,
    });
  });

  it('rejects a scrolly section without steps', () => {
    expect(failure('<Scrolly chart="origins" title="x">\n\nHanya teks.\n\n</Scrolly>\n').message).toMatch(/^<Scrolly> has no <Step>/);
  });

  it('rejects an unknown view and an unknown highlight, with suggestions', () => {
    expect(failure('<Scrolly chart="hiring-wave" title="x">\n<Step view="cumulativ">a</Step>\n</Scrolly>\n')).toEqual({
      message: '<Step view="cumulativ">: chart "hiring-wave" has no such view; did you mean "cumulative"? Views: weekly, cumulative.',
      line: 2,
    });
    expect(failure('<Scrolly chart="hiring-wave" title="x">\n<Step highlight="opnai">a</Step>\n</Scrolly>\n').message).toContain('did you mean "openai"?');
  });

  it('lists the series and the bars of the view when a highlight is unknown', () => {
    const { message } = failure('<Scrolly chart="departures" title="x">\n<Step view="destinations" highlight="Gogle">a</Step>\n</Scrolly>\n');
    expect(message).toMatch(/^<Step highlight="Gogle">: view "destinations" of chart "departures" has no series or bar "Gogle"; Use one of the series: count; or a bar, written as the chart labels it: "OpenAI", (".+", )*"Anthropic", (".+", )*"Thinking Machines"\.$/);
    expect(failure('<Scrolly chart="retention" title="x">\n<Step highlight="sisa">a</Step>\n</Scrolly>\n').message).toMatch(/Use one of the series: at-msl, left, never-started; or a bar, written as the chart labels it: "Alexandr Wang", /);
  });

  it('rejects an impossible step date', () => {
    expect(failure('<Scrolly chart="hiring-wave" title="x">\n<Step until="2025-02-30">a</Step>\n</Scrolly>\n').message).toBe(
      '<Step until="2025-02-30">: write a real date as YYYY-MM-DD, e.g. until="2025-06-30".',
    );
  });

  it('rejects images without alt text', () => {
    expect(failure('Teks\n\n![](foto.jpg)\n')).toEqual({ message: expect.stringMatching(/^Image "foto.jpg" has no alt text/), line: 3 });
    expect(failure('<img src="foto.jpg" />\n').message).toMatch(/^<img> has no alt text/);
  });

  it('rejects an unknown figure in <Num>', () => {
    expect(failure('Ada <Num of="wave.hire" /> orang.\n').message).toBe('<Num of="wave.hire">: no such figure; did you mean "wave.hires"? Figures are listed in src/domain/figures.ts.');
  });

  it('requires a title on every chart', () => {
    expect(failure('<ChartFigure chart="retention" />\n').message).toBe('<ChartFigure chart="retention"> needs a title="…" that says what the chart shows.');
  });

  describe('refuses an image from outside the project', () => {
    // A project of its own, with a story folder holding a link to a folder outside it.
    const project = mkdtempSync(join(tmpdir(), 'msl-project-'));
    const outside = mkdtempSync(join(tmpdir(), 'msl-outside-'));
    mkdirSync(join(project, 'content/stories/gambar'), { recursive: true });
    mkdirSync(join(project, 'public'));
    writeFileSync(join(outside, 'x.png'), 'not really a png');
    symlinkSync(outside, join(project, 'content/stories/tautan'));
    afterAll(() => {
      rmSync(project, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    });
    const imageFailure = (mdx: string) => {
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckComponents, { inputs, root: project });
      const file = new VFile({ path: join(project, 'content/stories/contoh.mdx'), value: mdx });
      try {
        processor.runSync(processor.parse(file), file);
      } catch (e) {
        const err = e as { reason: string; line?: number };
        return { message: err.reason, line: err.line };
      }
      return null;
    };
    const up = relative(join(project, 'content/stories'), join(outside, 'x.png'));

    it.each([
      [`![Grafik](${up})`],
      [`![Grafik](${join(outside, 'x.png')})`],
      [`![Grafik](${up.replaceAll('.', '%2E')})`],
      ['![Grafik](tautan/x.png)'],
      [`![Grafik][gambar]\n\n[gambar]: ${up}`],
    ])('%s', (image) => {
      expect(imageFailure(`Teks\n\n${image}\n`)).toEqual({ message: expect.stringMatching(/^Image ".*" is outside the project \(.*x\.png\): it would be copied into the published site\./), line: 3 });
    });

    it('refuses an import from outside the project, and accepts one from inside it', () => {
      expect(imageFailure(`import data from '${up}';\n\nTeks\n`)).toEqual({ message: expect.stringMatching(/^Import ".*" is outside the project \(.*x\.png\): it would be bundled into the published site\./), line: 1 });
      expect(imageFailure("import Num from '../components/Num.astro';\nimport { z } from 'astro/zod';\n\nTeks\n")).toBeNull();
    });

    it('but accepts images inside the project, site paths and URLs', () => {
      expect(imageFailure('![Grafik](gambar/grafik.png)\n\n![Logo](../../public/favicon.svg)\n\n![Grafik](/charts/hiring-wave.png)\n\n![Foto](https://example.org/x.png)\n')).toBeNull();
    });
  });
});
