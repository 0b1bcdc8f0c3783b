/** The YAML files of content/data as raw text, for `astro dev` only (src/site/dataset.ts; package.json "imports"). */
export default import.meta.glob<string>('/content/data/*.yaml', { query: '?raw', import: 'default', eager: true });
