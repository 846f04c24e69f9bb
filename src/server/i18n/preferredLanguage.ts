import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/domain';

/**
 * The language of an answer from the request's Accept-Language: English when the client prefers
 * English to French (by quality, then by order), French otherwise.
 */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { lang: Language; quality: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.trim().split('-')[0];
    if (!isLanguage(primary)) continue;
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const quality = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(quality) || quality <= 0) continue;
    if (best === null || quality > best.quality) best = { lang: primary, quality };
  }
  return best?.lang ?? DEFAULT_LANGUAGE;
}
