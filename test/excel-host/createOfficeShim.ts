import { compareVersions } from './compareVersions';
import type { ExcelHost } from './createExcelHost';

export type OfficeReadyInfo = { host: string; platform: string };

export type OfficeShimContext = {
  displayLanguage: string;
  contentLanguage: string;
  requirements: { isSetSupported: (name: string, minVersion?: string | number) => boolean };
  diagnostics: { host: string; platform: string; version: string };
};

export type OfficeShim = {
  onReady: (callback?: (info: OfficeReadyInfo) => void) => Promise<OfficeReadyInfo>;
  context: OfficeShimContext;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
};

export const shimReadyInfo: OfficeReadyInfo = { host: 'Excel', platform: 'OfficeOnline' };

export const hostTypes = {
  Excel: 'Excel',
  Word: 'Word',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};

export const platformTypes = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
};

/** Office.context as Excel on the web would give it, from the host's options. */
export function createShimContext(host: ExcelHost): OfficeShimContext {
  return {
    displayLanguage: host.displayLanguage,
    contentLanguage: host.displayLanguage,
    requirements: {
      isSetSupported: (name, minVersion) => {
        if (name.toLowerCase() !== 'excelapi') return false;
        return minVersion === undefined || compareVersions(String(minVersion), host.apiSets.ExcelApi) <= 0;
      },
    },
    diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0' },
  };
}

/** The minimal Office namespace the add-in needs when no office.js is loaded at all. */
export function createOfficeShim(host: ExcelHost): OfficeShim {
  return {
    onReady: (callback) => {
      callback?.(shimReadyInfo);
      return Promise.resolve(shimReadyInfo);
    },
    context: createShimContext(host),
    HostType: hostTypes,
    PlatformType: platformTypes,
  };
}
