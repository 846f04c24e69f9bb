import { ClientList } from '@/contract/ClientList';
import type { TestApp } from './buildTestApp';
import { makeClientInput } from './makeClientInput';

/** `GET /api/v1/clients?query` answered 200, read through the contract; `names` lists "First Last" in the order given. */
export function clientSearcher(app: () => TestApp, headers: () => Record<string, string>) {
  const search = async (query: string) => {
    const response = await app().request(`/api/v1/clients?${query}`, { headers: headers() });
    expect(response.statusCode).toBe(200);
    return ClientList.parse(response.json());
  };
  const names = async (query: string) => (await search(query)).items.map((client) => `${client.firstName} ${client.lastName}`);
  return { search, names };
}

/** Stores each person through `POST /api/v1/clients`; the ids by "First Last". */
export async function storePeople(
  app: () => TestApp,
  headers: () => Record<string, string>,
  people: readonly (Parameters<typeof makeClientInput>[0] & { firstName: string; lastName: string })[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const person of people) {
    const response = await app().request('/api/v1/clients', { method: 'POST', headers: headers(), body: makeClientInput(person) });
    expect(response.statusCode).toBe(201);
    ids.set(`${person.firstName} ${person.lastName}`, response.json().id);
  }
  return ids;
}
