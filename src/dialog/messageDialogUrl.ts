import { messageDialogParams, type MessageDialogContent, type MessageDialogTheme } from './MessageDialogContent';

/**
 * The address of dialog.html next to the page at `pageUrl` (so the dev and prod origins both work), its content in the
 * query: one `lines` parameter per line, never an escaped line break (Excel on the web fails to open a dialog whose
 * query holds `%0A`, office-js #2762), every value encoded by URLSearchParams. `theme` null leaves it to the dialog.
 */
export function messageDialogUrl(pageUrl: string, content: MessageDialogContent, theme: MessageDialogTheme | null = null): string {
  const url = new URL('dialog.html', pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(messageDialogParams.lang, content.lang);
  url.searchParams.set(messageDialogParams.kind, content.kind);
  url.searchParams.set(messageDialogParams.title, content.title);
  for (const line of content.lines.flatMap((text) => text.split(/[\r\n]+/))) url.searchParams.append(messageDialogParams.lines, line);
  if (theme !== null) url.searchParams.set(messageDialogParams.theme, theme);
  return url.href;
}
