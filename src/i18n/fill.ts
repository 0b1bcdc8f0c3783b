/** Fills a UI string's {placeholders}; an unknown one stays as written. Shared by t() and the browser's chart strings. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
