import type { Lang } from '../domain/issues/Lang';
import { commandMessagesEn } from './messages/commandMessagesEn';
import { commandMessagesFr, type CommandMessages } from './messages/commandMessagesFr';

/** The ribbon commands' texts in the user's language. */
export const commandMessages: Record<Lang, CommandMessages> = { fr: commandMessagesFr, en: commandMessagesEn };
