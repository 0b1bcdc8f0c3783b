/** Static paths of an edition's embed pages: one per chart, with the first story of that edition that draws it. */
import { readFileSync } from 'node:fs';
import { chartIds } from '../specs/registry';
import type { Locale } from '../i18n/ui';
import { withBase } from './url';
import { publishedStories } from './stories.ts';

/** Whether a story's MDX draws the chart (`<Scrolly chart="…">` or `<ChartFigure chart="…">`). */
const drawsChart = (body: string, chart: string) => new RegExp(`\\bchart=["']${chart}["']`).test(body);

/** A story of an edition that shows a chart: its address (with the base path) and title. */
export interface StoryLink {
  href: string;
  title: string;
}

/** The first story of edition `lang` that draws each chart (null for a chart no story draws). */
export async function firstStories(lang: Locale): Promise<Map<string, StoryLink | null>> {
  const stories = await publishedStories(lang);
  // The content store keeps no bodies (retainBody: false): read the sources once, then find a story per chart.
  const bodies = stories.map((s) => ({ s, body: s.filePath === undefined ? '' : readFileSync(s.filePath, 'utf8') }));
  return new Map(
    chartIds.map((chart) => {
      const story = bodies.find(({ body }) => drawsChart(body, chart))?.s;
      return [chart, story ? { href: withBase(`/${story.id}/`), title: story.data.title } : null];
    }),
  );
}

export async function embedPaths(lang: Locale) {
  const stories = await firstStories(lang);
  return chartIds.map((chart) => ({ params: { chart }, props: { story: stories.get(chart) ?? null } }));
}
