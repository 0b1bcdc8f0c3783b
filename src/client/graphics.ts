/**
 * The scripts of a page's scrollytelling graphics, as one module: the
 * scroller (<scrolly-section>), the graphics that listen to it
 * (<chart-figure>, <scrolly-diagram>), their shared step event, and a
 * figure's embed-code copy button (<embed-code>). GraphicsScript.astro is the
 * one component whose script imports it (ChartFigure and ScrollyDiagram render
 * it; every <Scrolly> renders one of them), so a page requests it once, as one
 * file: separate chunks would each cost a request and their own gzip overhead
 * in the 4 KB before the first chart (tests/budgets).
 */
import './scrolly-section.ts';
import './scrolly-diagram.ts';
import './chart-figure.ts';
import './embed-copy.ts';
