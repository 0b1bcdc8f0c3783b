/**
 * The scripts of a page's scrollytelling graphics, as one module: the
 * scroller (<scrolly-section>), the graphics that listen to it
 * (<chart-figure>, <scrolly-diagram>), their shared step event, and a
 * figure's embed-code copy button (<embed-code>). ChartFigure.astro and
 * ScrollyDiagram.astro import it (every <Scrolly> renders one of them; Scrolly
 * and EmbedCode need no script of their own), so a page loads it once, as one
 * file: separate chunks would each cost a request and their own gzip overhead
 * in the 4 KB before the first chart (tests/budgets).
 */
import './scrolly-section.ts';
import './scrolly-diagram.ts';
import './chart-figure.ts';
import './embed-copy.ts';
