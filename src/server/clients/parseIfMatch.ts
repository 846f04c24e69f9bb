/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); null when it names none. */
export function parseIfMatch(header: string): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The ETag of a client version: `"3"`. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}
