import type { StoreSettings } from '@/excel/settingsStorage';

export type SettingsDraftErrorCode = 'url_required' | 'url_invalid' | 'token_required';

export type SettingsDraftErrors = { storeUrl?: SettingsDraftErrorCode; token?: SettingsDraftErrorCode };

export type SettingsDraftResult = { valid: true; settings: StoreSettings } | { valid: false; errors: SettingsDraftErrors };

/** Checks what was typed in the settings panel: an http(s) URL and a token, both trimmed. */
export function validateSettingsDraft(draft: StoreSettings): SettingsDraftResult {
  const storeUrl = draft.storeUrl.trim();
  const token = draft.token.trim();
  const errors: SettingsDraftErrors = {};
  if (storeUrl === '') errors.storeUrl = 'url_required';
  else if (!isHttpUrl(storeUrl)) errors.storeUrl = 'url_invalid';
  if (token === '') errors.token = 'token_required';
  if (errors.storeUrl || errors.token) return { valid: false, errors };
  return { valid: true, settings: { storeUrl: storeUrl.replace(/\/+$/, ''), token } };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
