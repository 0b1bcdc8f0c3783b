/** Chart colours are CSS custom properties (light and dark schemes live in global.css). */
import type { ColourRole } from './types.ts';

export const cssVar = (role: ColourRole) => `--c-${role}`;
