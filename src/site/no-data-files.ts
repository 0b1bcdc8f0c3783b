/** What '#dev-data-files' is outside `astro dev` (a build, Node, TypeScript): nothing (src/site/dataset.ts). */
const none: Record<string, string> = {};
export default none;
