/**
 * Turns every form of `load()` argument into property paths ("values", "format/fill/color"):
 * "a, b", ["a", "b"], { select: "a,b", expand: "format/fill" }, { select: [...] }, and the property-object form
 * { values: true, format: { fill: { color: true } } }. Returns null for a bare load() (load every scalar).
 */
export function parseLoadSpec(spec: unknown): string[] | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === 'string') {
    return spec
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  if (Array.isArray(spec)) {
    return spec.flatMap((part) => parseLoadSpec(part) ?? []);
  }
  if (typeof spec === 'object') {
    const record = spec as Record<string, unknown>;
    if ('select' in record || 'expand' in record) {
      return [...(parseLoadSpec(record.select) ?? []), ...(parseLoadSpec(record.expand) ?? [])];
    }
    return Object.entries(record).flatMap(([key, value]) => {
      if (value === true) return [key];
      if (value && typeof value === 'object') return (parseLoadSpec(value) ?? []).map((path) => `${key}/${path}`);
      return [];
    });
  }
  return [];
}
