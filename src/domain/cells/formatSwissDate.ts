/** `dd.mm.yyyy` of an ISO day (`1981-03-09` → `09.03.1981`), the way a Swiss reader writes dates; any other text unchanged. */
export function formatSwissDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3]}.${match[2]}.${match[1]}`;
}
