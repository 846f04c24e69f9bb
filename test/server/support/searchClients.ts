import { ClientList } from '@/contract/ClientList';
import type { TestApp } from './buildTestApp';

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
