/** Static paths of an edition's embed pages: one per chart, with the first story of that edition that draws it. */
import { readFileSync } from 'node:fs';
import { chartIds } from '../specs/registry';
import type { Locale } from '../i18n/ui';
import { withBase } from './url';
import { publishedStories } from './stories.ts';

/** Whether a story's MDX draws the chart (`<Scrolly chart="…">` or `<ChartFigure chart="…">`). */
const drawsChart = (body: string, chart: string) => new RegExp(`\\bchart=["']${chart}["']`).test(body);

export async function embedPaths(lang: Locale) {
  const stories = await publishedStories(lang);
  return chartIds.map((chart) => {
    // The content store keeps no bodies (retainBody: false): read the source, story by story, until one draws it.
    const story = stories.find((s) => s.filePath !== undefined && drawsChart(readFileSync(s.filePath, 'utf8'), chart));
    return { params: { chart }, props: { story: story ? { href: withBase(`/${story.id}/`), title: story.data.title } : null } };
  });
}
