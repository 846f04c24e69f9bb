import { AppType, startDebugging, stopDebugging } from 'office-addin-debugging';
import { OfficeApp } from 'office-addin-manifest';

/**
 * Windows and macOS: registers manifest.xml with desktop Excel and opens it (office-addin-debugging).
 * The dev server is ours, already running: office-addin-debugging only sideloads.
 */
export async function sideloadDesktop(manifestPath: string): Promise<void> {
  await startDebugging(manifestPath, {
    appType: AppType.Desktop,
    app: OfficeApp.Excel,
    enableDebugging: false,
    enableLiveReload: false,
    enableSideload: true,
  });
}

/** Unregisters the sideloaded add-in (called on Ctrl+C after a desktop sideload). */
export async function unloadDesktop(manifestPath: string): Promise<void> {
  await stopDebugging(manifestPath);
}
