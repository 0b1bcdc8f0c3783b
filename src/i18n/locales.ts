/**
 * The site's locales and their Intl tags, apart from the dictionaries
 * (ui.ts): browser code imports this without shipping any UI string.
 */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The primary edition: pages outside /en/ are Indonesian. */
export const defaultLocale: Locale = 'id';

/**
 * The locale of the page being rendered, from Astro's `currentLocale` (set by
 * the i18n routing in astro.config.mjs). A locale the site does not have is a
 * configuration mistake, not a reason to fall back silently.
 */
export function pageLocale(current: string | undefined): Locale {
  if (current === undefined) return defaultLocale;
  if ((locales as readonly string[]).includes(current)) return current as Locale;
  throw new Error(`"${current}" is not one of this site's locales (${locales.join(', ')}); check i18n.locales in astro.config.mjs`);
}
