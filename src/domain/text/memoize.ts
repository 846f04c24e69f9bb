/**
 * Remembers a pure function's results for up to `limit` distinct inputs: columns such as country,
 * language or civilité repeat a handful of spellings over thousands of rows. Past the limit it just computes.
 */
export function memoize<Result>(compute: (text: string) => Result, limit = 1024): (text: string) => Result {
  const cache = new Map<string, Result>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const result = compute(text);
    if (cache.size < limit) cache.set(text, result);
    return result;
  };
}
