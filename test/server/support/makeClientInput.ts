import type { ClientInput } from '@/contract/ClientInput';

let counter = 0;

/**
 * Valid template values for a new client, with overrides: each call another person for the store's duplicate check (a
 * unique email, phone and postal code each call, so two defaults never share a phone, nor a name with a postal code).
 */
export function makeClientInput(overrides: ClientInput = {}): ClientInput {
  counter += 1;
  return {
    title: 'Mme',
    lastName: 'Dupont',
    firstName: 'Jeanne',
    email: `client${counter}-${Date.now()}@example.ch`,
    phone: `022 ${String(1_000_000 + (counter % 9_000_000)).slice(0, 3)} ${String(counter % 10_000).padStart(4, '0')}`,
    postalCode: String(1000 + (counter % 9000)),
    city: 'Genève',
    ...overrides,
  };
}
