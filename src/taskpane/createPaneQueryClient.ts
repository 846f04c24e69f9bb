import { QueryClient } from '@tanstack/react-query';

/** The pane's query client. The store client retries by itself, so queries do not retry again. */
export function createPaneQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
