import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { fr, type Messages } from './fr';
import type { Language } from '../../domain/messages/Language';

const catalogues: Record<Language, Messages> = { fr, en };

type I18nValue = { language: Language; t: Messages };

const I18nContext = createContext<I18nValue>({ language: 'fr', t: fr });

type I18nProviderProps = { language: Language; children: ReactNode };

export function I18nProvider({ language, children }: I18nProviderProps) {
  const value = useMemo(() => ({ language, t: catalogues[language] }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's language and its catalogue. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
