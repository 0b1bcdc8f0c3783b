/**
 * The site's locales and their Intl tags, apart from the dictionaries
 * (ui.ts): browser code imports this without shipping any UI string.
 */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
