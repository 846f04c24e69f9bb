/**
 * Where `npm start` can sideload the add-in: office-addin-debugging launches desktop Excel
 * on Windows and macOS only; elsewhere we print the steps for Excel on the web.
 */
export type SideloadPlan = 'desktop' | 'web';

export function decideSideload(platform: NodeJS.Platform): SideloadPlan {
  return platform === 'win32' || platform === 'darwin' ? 'desktop' : 'web';
}
