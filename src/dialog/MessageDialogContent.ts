import type { Language } from '@/domain';

export const MessageDialogKind = ['info', 'error'] as const;
export type MessageDialogKind = (typeof MessageDialogKind)[number];

export const MessageDialogTheme = ['light', 'dark'] as const;
export type MessageDialogTheme = (typeof MessageDialogTheme)[number];

/** What the message dialog shows: plain text only (never markup), and no personal data (no cell values). */
export type MessageDialogContent = { lang: Language; kind: MessageDialogKind; title: string; lines: readonly string[] };

/** The query parameters of dialog.html (Office adds its own, such as `_host_Info`, which are ignored). */
export const messageDialogParams = { lang: 'lang', kind: 'kind', title: 'title', lines: 'lines', theme: 'theme' } as const;
