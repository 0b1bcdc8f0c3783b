import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ExternalLink from './ExternalLink.astro';

const container = await AstroContainer.create();
// Under vitest Astro renders in dev mode, which marks elements with their source location.
const render = async (href: unknown) =>
  (await container.renderToString(ExternalLink, { props: { href }, slots: { default: 'WIRED' } })).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

describe('<ExternalLink>', () => {
  it.each([
    ['https://www.wired.com/story/x/', '<a href="https://www.wired.com/story/x/">WIRED</a>'],
    [' http://archive.org/x ', '<a href="http://archive.org/x">WIRED</a>'],
  ])('links %j', async (href, html) => {
    expect(await render(href)).toBe(html);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/metode/', null, undefined])(
    'shows %j as the text alone, never as a link',
    async (href) => {
      expect(await render(href)).toBe('WIRED');
    },
  );
});
