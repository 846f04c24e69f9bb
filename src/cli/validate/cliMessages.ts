import type { Language } from '../../domain/messages/Language';
import { cliMessagesEn } from './cliMessagesEn';
import { cliMessagesFr } from './cliMessagesFr';

export function cliMessages(lang: Language): typeof cliMessagesFr {
  return lang === 'en' ? cliMessagesEn : cliMessagesFr;
}
