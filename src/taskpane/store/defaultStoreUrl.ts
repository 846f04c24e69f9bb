/** The pane's own origin: the dev server proxies `/api` to the local store, so it is the natural default. */
export function defaultStoreUrl(): string {
  return globalThis.location?.origin ?? '';
}
