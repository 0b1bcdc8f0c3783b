import { z } from 'astro/zod';
import { plainText, unknownFields } from './common.ts';

import { colourRoles } from '../palette.ts';

/** Colour roles: one colour per role across every chart (src/domain/palette.ts). */
export { colourRoles };

export const organisationSchema = z.strictObject({
  /** Full display name, e.g. "Google DeepMind". */
  name: plainText,
  /** Short label for chart legends and axes, e.g. "DeepMind". */
  short: plainText,
  /** What kind of organisation it is. */
  kind: z.enum(['ai-lab', 'big-tech', 'startup', 'investor', 'other']),
  /** Which chart colour the organisation takes; several startups share "startup". */
  colour: z.enum(colourRoles),
  /** Group used to count hires by previous employer (e.g. all startups count as "startup"). */
  group: z.enum(colourRoles),
}, unknownFields);
export type Organisation = z.infer<typeof organisationSchema>;
