import type { Lang } from '../../domain/issues/Lang';
import { cliMessagesEn } from './cliMessagesEn';
import { cliMessagesFr } from './cliMessagesFr';

export function cliMessages(lang: Lang): typeof cliMessagesFr {
  return lang === 'en' ? cliMessagesEn : cliMessagesFr;
}
