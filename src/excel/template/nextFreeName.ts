/** "Clients", else "Clients (2)", "Clients (3)"… : the first name not taken (compared case-insensitively). */
export function nextFreeName(base: string, taken: readonly string[], format = (n: number) => `${base} (${n})`): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = format(n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
