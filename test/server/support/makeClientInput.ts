import type { ClientInput } from '@/contract/ClientInput';

let counter = 0;

/** Valid template values for a new client (a unique email each call), with overrides. */
export function makeClientInput(overrides: ClientInput = {}): ClientInput {
  counter += 1;
  return {
    title: 'Mme',
    lastName: 'Dupont',
    firstName: 'Jeanne',
    email: `client${counter}-${Date.now()}@example.ch`,
    phone: '022 123 45 67',
    postalCode: '1204',
    city: 'Genève',
    ...overrides,
  };
}
