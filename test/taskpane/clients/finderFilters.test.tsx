import { screen } from '@testing-library/react';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const people = [
  { id: 'dupont', lastName: 'Dupont', firstName: 'Marie', city: 'Genève', email: 'marie@dupont.ch' },
  { id: 'martin', lastName: 'Martin', firstName: 'Luc', city: 'Sion', email: 'luc@martin.ch' },
  { id: 'keller', lastName: 'Keller', firstName: 'Hans', city: 'Bern', email: 'hans@keller.ch' },
];

describe('ClientsTab: several filters at once', () => {
  it('names every active filter (letter and foreign) and removes them all', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('3 clients');
    await user.click(within.getByRole('switch', { name: 'Clients étrangers' }));
    await user.click(screen.getByRole('radio', { name: 'Clients dont le nom commence par D' }));
    expect(
      await within.findByText('Filtres actifs\u00a0: «\u00a0Initiale D\u00a0», «\u00a0Clients étrangers\u00a0».', {
        normalizer: (text) => text,
      }),
    ).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Retirer les filtres' }));
    expect(await within.findByText('3 clients')).toBeInTheDocument();
    expect(within.getByRole('switch', { name: 'Clients étrangers' })).not.toBeChecked();
  });
});
