import { DEFAULT_LANGUAGE, type Language } from '@/domain';

export type HostInfo = { inExcel: boolean; platform: string | null; displayLanguage: string | null };

const outsideOffice: HostInfo = { inExcel: false, platform: null, displayLanguage: null };

function officeContext(): Office.Context | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context;
  } catch {
    return undefined;
  }
}

/**
 * Waits for Office and says where the add-in runs. Resolves { inExcel: false } when office.js is not loaded,
 * or is loaded outside Office (Office.onReady gives no host).
 */
export async function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return outsideOffice;
  const info = await Office.onReady();
  const host = info?.host ? String(info.host) : null;
  if (host === null) return outsideOffice;
  return {
    inExcel: host === 'Excel',
    platform: info.platform ? String(info.platform) : null,
    displayLanguage: officeContext()?.displayLanguage ?? null,
  };
}

/** Whether the running Excel supports the ExcelApi requirement set `version` (e.g. "1.12"); false outside Office. */
export function isApiSetSupported(version: string): boolean {
  try {
    return officeContext()?.requirements?.isSetSupported('ExcelApi', version) ?? false;
  } catch {
    return false;
  }
}

/** The pane's language: English when Office's display language is English, French otherwise. */
export function uiLanguage(hostInfo: HostInfo): Language {
  return hostInfo.displayLanguage?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}
