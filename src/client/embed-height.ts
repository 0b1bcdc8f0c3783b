/**
 * Embed pages (/embed/<id>/) report their height to the host page whenever it
 * changes (load, fonts, the chart drawing, the data table opening, a narrower
 * iframe), so the host's snippet (embed-snippet.ts) can size the iframe to fit
 * without scrollbars. The page's height must not depend on the iframe's
 * height (no vh units, no min-height: 100%), or the two would chase each other.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../specs/embed-snippet.ts';

const root = document.documentElement;
const chart = root.dataset['embedChart'] ?? '';
let reported = -1;

function report() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === reported) return;
  reported = height;
  const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, chart, height };
  // The height is no secret and the host's origin is unknown: any parent may read it.
  window.parent.postMessage(message, '*');
}

// A ResizeObserver reports once when it starts observing and after every change of size (fonts, images and
// the chart included), so no load listener is needed.
if (window.parent !== window) new ResizeObserver(report).observe(root);
