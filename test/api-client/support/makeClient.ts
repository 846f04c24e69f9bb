import type { Client } from '@/contract/Client';
import { COLUMN_KEYS } from '@/domain';

const emptyValues = Object.fromEntries(COLUMN_KEYS.map((key) => [key, null])) as Record<(typeof COLUMN_KEYS)[number], null>;

/** A stored client as the store answers it; override what the test is about. */
export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    ...emptyValues,
    id: 'c1',
    code: 'CL-000001',
    lastName: 'Dupont',
    firstName: 'Marie',
    email: 'marie.dupont@example.ch',
    country: 'CH',
    nationality: 'CH',
    practiceCountry: 'CH',
    language: 'fr',
    version: 1,
    foreign: false,
    createdAt: '2026-11-27T10:00:00.000Z',
    createdBy: 'accueil',
    updatedAt: '2026-11-27T10:00:00.000Z',
    updatedBy: 'accueil',
    deletedAt: null,
    ...overrides,
  };
}
