/**
 * Chart colour roles. The colours themselves are CSS custom properties (light
 * and dark schemes in global.css). Kept free of Zod so the browser bundle
 * that reads them stays small; the organisation schema imports the list.
 */
export const colourRoles = ['openai', 'google', 'scale', 'apple', 'anthropic', 'startup', 'meta', 'other'] as const;
export type ColourRole = (typeof colourRoles)[number];

export const cssVar = (role: ColourRole) => `--c-${role}`;
