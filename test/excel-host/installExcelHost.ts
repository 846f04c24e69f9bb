import type { ExcelHost } from './createExcelHost';
import { createOfficeShim, createShimContext, hostTypes, platformTypes, shimReadyInfo } from './createOfficeShim';
import { hostErrorCodes } from './hostErrorCodes';
import { HostOfficeError } from './HostOfficeError';

type Target = Record<string, unknown>;
type OfficeLike = Record<string, unknown> & { context?: { diagnostics?: { host?: string } } };

function hasHostContext(office: OfficeLike): boolean {
  try {
    return Boolean(office.context?.diagnostics?.host);
  } catch {
    return false;
  }
}

/** Makes office.js (loaded outside Office) behave as Excel on the web: onReady, context, HostType. */
function patchOffice(office: OfficeLike, host: ExcelHost): void {
  const context = createShimContext(host);
  office.onReady = (callback?: (info: typeof shimReadyInfo) => void) => {
    callback?.(shimReadyInfo);
    return Promise.resolve(shimReadyInfo);
  };
  // office.js may assign Office.context later; the shim's context stays in place.
  Object.defineProperty(office, 'context', { configurable: true, get: () => context, set: () => undefined });
  office.HostType ??= hostTypes;
  office.PlatformType ??= platformTypes;
}

/**
 * Installs the host on `target` (globalThis by default): sets target.Excel, and target.OfficeExtension when
 * missing. When target.Office is absent, or is office.js loaded outside Office (no host context), provides the
 * Office the add-in needs: Office.onReady() → { host: 'Excel', platform: 'OfficeOnline' },
 * Office.context.displayLanguage, Office.context.requirements.isSetSupported('ExcelApi', v), Office.HostType.
 * Returns a function that restores what was there before.
 */
export function installExcelHost(host: ExcelHost, target: object = globalThis): () => void {
  const slots = target as Target;
  const names = ['Excel', 'Office', 'OfficeExtension'] as const;
  const previous = names.map((name) => ({ name, present: name in slots, value: slots[name] }));
  const previousOfficeContext =
    slots.Office && typeof slots.Office === 'object' ? Object.getOwnPropertyDescriptor(slots.Office, 'context') : undefined;
  const previousOnReady = slots.Office && typeof slots.Office === 'object' ? (slots.Office as OfficeLike).onReady : undefined;

  slots.Excel = host.Excel;
  slots.OfficeExtension ??= { Error: HostOfficeError, ErrorCodes: hostErrorCodes };
  const office = slots.Office as OfficeLike | undefined;
  if (office === undefined || office === null) {
    slots.Office = createOfficeShim(host);
  } else if (!hasHostContext(office)) {
    patchOffice(office, host);
  }

  return () => {
    const patched = slots.Office as OfficeLike | undefined;
    if (patched && patched === office) {
      patched.onReady = previousOnReady;
      if (previousOfficeContext) Object.defineProperty(patched, 'context', previousOfficeContext);
      else delete patched.context;
    }
    for (const { name, present, value } of previous) {
      if (present) slots[name] = value;
      else delete slots[name];
    }
  };
}
