/** What the pane was opened to do: the ribbon's "Importer" button opens it at `taskpane.html?action=import`. */
export const LaunchAction = ['import'] as const;
export type LaunchAction = (typeof LaunchAction)[number];

const isLaunchAction = (value: string | null): value is LaunchAction => LaunchAction.some((action) => action === value);

/**
 * The launch action in a page's query string (`location.search`, with or without its `?`), or null when there is
 * none or it is not one we know. Office adds its own parameters (`_host_Info`…), which are ignored.
 */
export function readLaunchAction(search: string): LaunchAction | null {
  const action = new URLSearchParams(search).get('action');
  return isLaunchAction(action) ? action : null;
}
