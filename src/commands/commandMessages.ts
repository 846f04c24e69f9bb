import type { Language } from '../domain/messages/Language';
import { commandMessagesEn } from './messages/commandMessagesEn';
import { commandMessagesFr, type CommandMessages } from './messages/commandMessagesFr';

/** The ribbon commands' texts in the user's language. */
export const commandMessages: Record<Language, CommandMessages> = { fr: commandMessagesFr, en: commandMessagesEn };
