import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.ts';

describe('embedSnippet', () => {
  it('writes the iframe and a listener bound to the embed origin', () => {
    expect(embedSnippet('https://data.example.org/msl/embed/origins/', 'Asal rekrutan')).toBe(
      '<iframe src="https://data.example.org/msl/embed/origins/" title="Asal rekrutan" width="100%" height="520" style="border:0" loading="lazy"></iframe>\n' +
        '<script>window.addEventListener("message",function(e){var d=e.data;' +
        'if(e.origin!=="https://data.example.org"||!d||d.type!=="msl-embed-height"||!(d.height>0))return;' +
        'Array.prototype.forEach.call(document.getElementsByTagName("iframe"),function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>',
    );
  });
  it('escapes the title for an attribute', () => {
    expect(embedSnippet('https://x.org/embed/a/', 'Said "no" & <left>')).toContain('title="Said &quot;no&quot; &amp; &lt;left&gt;"');
  });
});
