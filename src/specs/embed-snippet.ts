/**
 * The HTML another site pastes to embed a chart: an iframe of /embed/<id>/ and
 * a one-line listener that sets the iframe's height from the embed's
 * messages (src/client/embed-height.ts sends them). Pure, so the component
 * (EmbedCode.astro) and the tests build the same text.
 */

/** `type` of the message an embed page posts to its parent: { type, chart, height }. */
export const EMBED_HEIGHT_MESSAGE = 'msl-embed-height';

/** Height the iframe starts at, before the embed reports its own (CSS px). */
export const EMBED_INITIAL_HEIGHT = 520;

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet for the embed page at `src` (an absolute URL). The host page
 * runs the script, so it is inline and old-browser safe; it only trusts
 * messages from the embed's origin and only resizes the iframe that sent them.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = new URL(src).origin;
  const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_INITIAL_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
  const listener =
    `window.addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||!(d.height>0))return;` +
    `Array.prototype.forEach.call(document.getElementsByTagName("iframe"),function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});`;
  return `${iframe}\n<script>${listener}</script>`;
}
