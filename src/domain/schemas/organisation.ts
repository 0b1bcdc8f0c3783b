import { z } from 'astro/zod';
import { plainText, unknownFields } from './common.ts';

import { colourRoles } from '../palette.ts';

/** Colour roles: one colour per role across every chart (src/domain/palette.ts). */
export { colourRoles };

export const organisationSchema = z.strictObject({
  name: plainText.meta({ description: 'Full display name, e.g. "Google DeepMind".' }),
  short: plainText.meta({ description: 'Short label for chart legends and axes, e.g. "DeepMind".' }),
  kind: z.enum(['ai-lab', 'big-tech', 'startup', 'investor', 'other']).meta({ description: 'What kind of organisation it is.' }),
  colour: z.enum(colourRoles).meta({ description: 'Which chart colour the organisation takes; several startups share "startup".' }),
  group: z.enum(colourRoles).meta({ description: 'Group used to count hires by previous employer (e.g. all startups count as "startup").' }),
}, unknownFields);
export type Organisation = z.infer<typeof organisationSchema>;
