import { messageDialogParams, type MessageDialogContent, type MessageDialogTheme } from './MessageDialogContent';

/**
 * The address of dialog.html next to the page at `pageUrl` (so the dev and prod origins both work), its content in the
 * query: lines joined by line feeds, every value encoded by URLSearchParams. `theme` null leaves it to the dialog.
 */
export function messageDialogUrl(pageUrl: string, content: MessageDialogContent, theme: MessageDialogTheme | null = null): string {
  const url = new URL('dialog.html', pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(messageDialogParams.lang, content.lang);
  url.searchParams.set(messageDialogParams.kind, content.kind);
  url.searchParams.set(messageDialogParams.title, content.title);
  url.searchParams.set(messageDialogParams.lines, content.lines.join('\n'));
  if (theme !== null) url.searchParams.set(messageDialogParams.theme, theme);
  return url.href;
}
