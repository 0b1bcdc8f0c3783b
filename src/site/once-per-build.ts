/**
 * A value computed once per build and shared by every page that asks for it
 * (kept as a promise per key, so pages rendered at the same time share one
 * computation). In dev it is computed on every call: the data can change
 * between two requests. A failed computation is not kept: the next call tries
 * again and reports the same error.
 */
export function oncePerBuild<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let value = cache.get(key);
  if (!value) {
    value = compute();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
