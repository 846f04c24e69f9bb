import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, type Language } from '@/domain';
import type { Messages } from './fr';
import { paneMessages } from './paneMessages';

type I18nValue = { language: Language; t: Messages };

const I18nContext = createContext<I18nValue>({ language: DEFAULT_LANGUAGE, t: paneMessages[DEFAULT_LANGUAGE] });

type I18nProviderProps = { language: Language; children: ReactNode };

export function I18nProvider({ language, children }: I18nProviderProps) {
  const value = useMemo(() => ({ language, t: paneMessages[language] }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's language and its catalogue. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
