import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { Language } from '@/domain';
import { I18nProvider } from '@/taskpane/i18n/I18nContext';
import type { DuplicateDecision, SheetDuplicate } from '@/taskpane/importer/duplicateChoices';
import { DuplicateList } from '@/taskpane/importer/DuplicateList';

const candidate = (id: string, code: string, score: number, reasons: DuplicateCandidate['reasons']): DuplicateCandidate => ({
  id,
  code,
  lastName: 'Dupont',
  firstName: 'Marie',
  score,
  reasons,
  description: 'texte de la base',
});
const marie: SheetDuplicate = {
  row: 2,
  values: { lastName: 'Dupont', firstName: 'Marie', email: 'marie@autre.ch', postalCode: '1204', city: 'Genève', birthDate: '1980-02-01' },
  candidates: [candidate('a', 'CL-000123', 0.92, ['sameNameBirthDate'])],
};
const luc: SheetDuplicate = {
  row: 5,
  values: { lastName: 'Duprat', firstName: 'Luc', email: 'luc@ailleurs.ch', postalCode: null, city: 'Sion', birthDate: null },
  candidates: [
    candidate('b', 'CL-000200', 0.85, ['sameNamePostalCode', 'samePhone']),
    candidate('c', 'CL-000201', 0.7, ['sameNamePostalCode']),
  ],
};

function renderList({ language = 'fr' as Language, busy = false, ignored = 0 } = {}) {
  const applied: DuplicateDecision[][] = [];
  render(
    <I18nProvider language={language}>
      <DuplicateList duplicates={[marie, luc]} ignored={ignored} busy={busy} onApply={(decisions) => applied.push(decisions)} />
    </I18nProvider>,
  );
  return { applied };
}

describe('DuplicateList', () => {
  it('shows each row with its details and its candidates beside it, how probable and why, in words', () => {
    renderList();
    const list = screen.getByRole('region', { name: '2\u00a0lignes probablement déjà dans la base clients' });
    const row = within(list).getByRole('listitem', { name: 'Ligne 2\u00a0: Dupont Marie' });
    expect(within(row).getByText('E-mail : marie@autre.ch')).toBeInTheDocument();
    expect(within(row).getByText('NPA, localité : 1204 Genève')).toBeInTheDocument();
    expect(within(row).getByText('Date de naissance : 01.02.1980')).toBeInTheDocument();
    expect(within(row).getByText('CL-000123 Dupont Marie, probable à 92 % : même nom et même date de naissance')).toBeInTheDocument();
    // One candidate: « C'est le même client »; several: which one.
    const choice = within(row).getByRole('radiogroup', { name: 'Que faire de la ligne 2\u00a0?' });
    expect(
      within(choice)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['same:a', 'create', 'ignore']);
    expect(within(choice).getByRole('radio', { name: 'C\u2019est le même client' })).toBeInTheDocument();
    const other = within(list).getByRole('listitem', { name: 'Ligne 5\u00a0: Duprat Luc' });
    expect(within(other).getByText('NPA, localité : Sion')).toBeInTheDocument();
    expect(within(other).queryByText(/Date de naissance/)).toBeNull();
    expect(within(other).getByText('Dans la base (2 clients proches) :')).toBeInTheDocument();
    expect(
      within(other).getByText('CL-000200 Dupont Marie, probable à 85 % : même nom et même NPA, même numéro de téléphone'),
    ).toBeInTheDocument();
    expect(within(other).getByRole('radio', { name: 'C\u2019est le même client (CL-000201)' })).toBeInTheDocument();
  });

  it('applies the rows decided only, each with its choice; the button says how many', async () => {
    const { applied } = renderList();
    const user = userEvent.setup();
    const apply = screen.getByRole('button', { name: 'Appliquer les choix' });
    expect(apply).toBeDisabled();
    expect(screen.getByText('Choisissez pour au moins une ligne pour pouvoir appliquer.')).toBeInTheDocument();
    const row5 = screen.getByRole('listitem', { name: 'Ligne 5\u00a0: Duprat Luc' });
    await user.click(within(row5).getByRole('radio', { name: 'C\u2019est le même client (CL-000201)' }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les choix (1\u00a0ligne)' }));
    expect(applied).toEqual([[{ duplicate: luc, kind: 'same', candidate: luc.candidates[1] }]]);
  });

  it('« … pour tous » decides every row: the same client is each row’s best candidate; a row can still be changed', async () => {
    const { applied } = renderList();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Même client pour tous' }));
    const row2 = screen.getByRole('listitem', { name: 'Ligne 2\u00a0: Dupont Marie' });
    await user.click(within(row2).getByRole('radio', { name: 'Créer quand même' }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les choix (2\u00a0lignes)' }));
    expect(applied.at(-1)).toEqual([
      { duplicate: marie, kind: 'create' },
      { duplicate: luc, kind: 'same', candidate: luc.candidates[0] },
    ]);
    await user.click(screen.getByRole('button', { name: 'Ignorer pour tous' }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les choix (2\u00a0lignes)' }));
    expect(applied.at(-1)?.map((decision) => decision.kind)).toEqual(['ignore', 'ignore']);
  });

  it('is used with the keyboard: arrows move the choice within a row, Tab reaches the next', async () => {
    const { applied } = renderList();
    const user = userEvent.setup();
    const row2 = screen.getByRole('listitem', { name: 'Ligne 2\u00a0: Dupont Marie' });
    within(row2).getByRole('radio', { name: 'C\u2019est le même client' }).focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(within(row2).getByRole('radio', { name: 'Créer quand même' })).toBeChecked();
    screen.getByRole('button', { name: 'Appliquer les choix (1\u00a0ligne)' }).focus();
    await user.keyboard('{Enter}');
    expect(applied).toEqual([[{ duplicate: marie, kind: 'create' }]]);
  });

  it('says how many rows were ignored, and disables every choice while busy', () => {
    renderList({ busy: true, ignored: 3 });
    expect(screen.getByText('3 lignes ignorées : non créées, elles gardent « Doublon probable » dans la feuille.')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Ignorer pour tous' })).toBeDisabled();
  });

  it('reads in English', () => {
    renderList({ language: 'en' });
    const row = screen.getByRole('listitem', { name: 'Row 2: Dupont Marie' });
    expect(within(row).getByText('CL-000123 Dupont Marie, 92% likely: same name and same date of birth')).toBeInTheDocument();
    expect(within(row).getByRole('radio', { name: 'Same client' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create anyway for all' })).toBeInTheDocument();
  });
});
