import { compareVersions } from '../compareVersions';
import type { HostEnvironment } from '../HostEnvironment';
import { HostOfficeError } from '../HostOfficeError';

/** Fails with ApiNotFound (as Excel does at sync) when the host's ExcelApi is older than `version`. */
export function requireApiSet(env: HostEnvironment, version: string, location: string): void {
  if (env.excelApi !== undefined && compareVersions(version, env.excelApi) > 0) {
    throw new HostOfficeError('ApiNotFound', { location });
  }
}
