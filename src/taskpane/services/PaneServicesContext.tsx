import { createContext, useContext, type ReactNode } from 'react';
import type { PaneServices } from './PaneServices';

const PaneServicesContext = createContext<PaneServices | null>(null);

type PaneServicesProviderProps = { services: PaneServices; children: ReactNode };

export function PaneServicesProvider({ services, children }: PaneServicesProviderProps) {
  return <PaneServicesContext.Provider value={services}>{children}</PaneServicesContext.Provider>;
}

/** The pane's `excel`, `api` and `settingsStorage`; throws outside `PaneServicesProvider`. */
export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error('usePaneServices must be used inside PaneServicesProvider');
  return services;
}
