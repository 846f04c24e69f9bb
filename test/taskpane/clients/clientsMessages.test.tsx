import { StoreClientErrorCode } from '@/api-client/StoreClientError';
import { clientsEn, en } from '@/taskpane/i18n/en';
import { clientsFr, fr } from '@/taskpane/i18n/fr';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const errorCodes = StoreClientErrorCode;

/** Every leaf of a catalogue: `path` → value (functions called with sample arguments). */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (path === '.error') for (const code of errorCodes) found.set(`${path}.${code}`, (value as (code: string) => string)(code));
  else if (path.endsWith('.activeFilters')) found.set(path, (value as (names: string[]) => string)(['X', 'Y']));
  else if (typeof value === 'function') found.set(path, (value as (...args: unknown[]) => unknown)('X', 'Y', 'Z', 'W'));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [leaf, text] of leaves(child, `${path}.${key}`)) found.set(leaf, text);
  } else found.set(path, value);
  return found;
}

describe('Clients tab texts', () => {
  it('has the same keys in French and English, none empty', () => {
    const french = leaves(clientsFr);
    const english = leaves(clientsEn);
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
    for (const [path, text] of [...french, ...english]) {
      expect({ path, ok: typeof text === 'string' && text.trim() !== '' }).toEqual({ path, ok: true });
    }
  });

  it('is the catalogue the pane uses in both languages', () => {
    expect(fr.clients).toBe(clientsFr);
    expect(en.clients).toBe(clientsEn);
  });

  it('renders the tab in English with every control labelled', async () => {
    const store = createMemoryStore({ clients: [{ lastName: 'Dupont', firstName: 'Marie' }] });
    const { within, user } = await renderClientsTab({ language: 'en', store });
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(within.getByRole('searchbox', { name: 'Search for a client' })).toBeInTheDocument();
    expect(within.getByRole('switch', { name: 'Foreign clients' })).toBeInTheDocument();
    expect(within.getByRole('toolbar', { name: 'Browse by initial of the last name' })).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Add a new client' }));
    expect(await within.findByRole('form', { name: 'New client' })).toBeInTheDocument();
    expect(within.getByRole('checkbox', { name: "Save the client's information" })).not.toBeChecked();
    for (const control of [...within.getAllByRole('textbox'), ...within.getAllByRole('combobox'), ...within.getAllByRole('checkbox')]) {
      expect(control).toHaveAccessibleName();
    }
  });
});
