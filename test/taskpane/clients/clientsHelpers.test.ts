import { changedKeys, draftOf, inputOf } from '@/taskpane/clients/ClientDraft';
import { collectClients } from '@/taskpane/clients/collectClients';
import { conflictChanges } from '@/taskpane/clients/conflictChanges';
import { filterCountries } from '@/taskpane/clients/countryOptions';
import { clientDisplayName } from '@/taskpane/clients/clientDisplayName';
import { formatDay } from '@/taskpane/clients/formatDateTime';
import { isForeignClient as isForeign } from '@/domain';
import { toSheetClient } from '@/taskpane/clients/toSheetClient';
import { makeClient } from '@test/api-client/support/makeClient';
import { createMemoryStore } from './support/createMemoryStore';

describe('filterCountries', () => {
  it.each([
    ['sene', ['Sénégal']],
    ['SUI', ['Suisse']],
    ['unis', ['Émirats Arabes Unis', "États-Unis d'Amérique", 'Îles mineures éloignées des États-Unis']],
    ['ch', expect.arrayContaining(['Suisse', 'Chili', 'Chine', 'Chypre'])],
    ['xx-nothing', []],
  ])('%s → %j', (query, names) => {
    expect(filterCountries(query).map((option) => option.name)).toEqual(names);
  });

  it('lists every country, sorted in French, when nothing is typed', () => {
    const names = filterCountries('').map((option) => option.name);
    expect(names.length).toBeGreaterThan(240);
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
  });
});

describe('isForeign', () => {
  it.each([
    [{ nationality: 'CH', practiceCountry: 'CH' }, 'CH', false],
    [{ nationality: 'SN', practiceCountry: 'CH' }, 'CH', true],
    [{ nationality: 'CH', practiceCountry: 'FR' }, 'CH', true],
    [{ nationality: 'be', practiceCountry: 'BE' }, 'BE', false],
    [{ nationality: null, practiceCountry: '' }, 'CH', false],
    [{ country: 'FR', nationality: null, practiceCountry: null }, 'CH', true],
    [{ country: 'FR', nationality: 'CH', practiceCountry: null }, 'CH', false],
  ])('%j with home %s → %s', (values, home, expected) => {
    expect(isForeign(values, home)).toBe(expected);
  });
});

describe('drafts', () => {
  it('turns stored values into texts and texts back into trimmed values or null', () => {
    const draft = draftOf({ lastName: 'Dupont', notes: null });
    expect(draft.lastName).toBe('Dupont');
    expect(draft.notes).toBe('');
    expect(inputOf({ ...draft, city: '  Sion ', company: '   ' })).toMatchObject({
      lastName: 'Dupont',
      city: 'Sion',
      company: null,
      notes: null,
    });
  });

  it('names the changed keys, spaces around ignored', () => {
    const before = draftOf({ lastName: 'Dupont', city: 'Sion' });
    expect(changedKeys(before, { ...before, city: ' Sion ' })).toEqual([]);
    expect(changedKeys(before, { ...before, city: 'Sierre', notes: 'x' })).toEqual(['city', 'notes']);
  });
});

describe('conflictChanges', () => {
  it('lists the template values the other person changed, not the store fields', () => {
    const base = makeClient({ city: 'Genève', phone: null, version: 2 });
    const current = makeClient({ city: 'Lancy', phone: '+41221234567', version: 3, updatedBy: 'compta' });
    expect(conflictChanges(base, current)).toEqual([
      { key: 'phone', before: null, after: '+41221234567' },
      { key: 'city', before: 'Genève', after: 'Lancy' },
    ]);
  });
});

describe('toSheetClient and clientDisplayName', () => {
  it('keeps only the template keys and the version (the sheet\'s "Version" column)', () => {
    const sheet = toSheetClient(makeClient({ city: 'Sion', version: 4 }));
    expect(Object.keys(sheet)).toHaveLength(19);
    expect(sheet).toMatchObject({ code: 'CL-000001', city: 'Sion', notes: null, version: 4 });
    expect(toSheetClient({ lastName: 'Favre' })).not.toHaveProperty('version');
  });

  it.each([
    [{ lastName: 'Dupont', firstName: 'Marie' }, 'Dupont Marie'],
    [{ lastName: null, firstName: null, company: 'ACME SA' }, 'ACME SA'],
    [{ code: 'CL-9' }, 'CL-9'],
  ])('%j → %s', (values, name) => expect(clientDisplayName(values)).toBe(name));

  it('writes days the Swiss way in French', () => {
    expect(formatDay('1980-05-01', 'fr')).toBe('01.05.1980');
    expect(formatDay('1980-05-01', 'en')).toBe('01/05/1980');
  });
});

describe('collectClients', () => {
  const many = Array.from({ length: 450 }, (_, index) => ({
    lastName: `Nom${String(index).padStart(3, '0')}`,
    firstName: 'A',
    email: `a${index}@x.ch`,
  }));

  it('reads every page of the search', async () => {
    const store = createMemoryStore({ clients: many });
    const connected = { client: store.client, storeUrl: 'https://store.test', homeCountry: 'CH' };
    const { clients, capped } = await collectClients(connected, { q: 'nom', letter: null, foreignOnly: false, deletedOnly: false });
    expect(clients).toHaveLength(450);
    expect(capped).toBe(false);
    expect(store.calls.map((call) => call.args[0])).toEqual([
      expect.objectContaining({ q: 'nom', limit: 200, cursor: undefined }),
      expect.objectContaining({ cursor: '200' }),
      expect.objectContaining({ cursor: '400' }),
    ]);
  });

  it('stops at the cap and says so', async () => {
    const store = createMemoryStore({ clients: many });
    const connected = { client: store.client, storeUrl: 'https://store.test', homeCountry: 'CH' };
    const { clients, capped } = await collectClients(
      connected,
      { q: '', letter: null, foreignOnly: false, deletedOnly: false },
      { max: 300 },
    );
    expect(clients).toHaveLength(300);
    expect(capped).toBe(true);
  });
});
