import type { Language } from '@/domain';
import { cliMessagesEn } from './cliMessagesEn';
import { cliMessagesFr } from './cliMessagesFr';

const catalogues: Record<Language, typeof cliMessagesFr> = { fr: cliMessagesFr, en: cliMessagesEn };

/** The validate command's texts in the reader's language (the issues' own texts are the domain's). */
export function cliMessages(lang: Language): typeof cliMessagesFr {
  return catalogues[lang];
}
