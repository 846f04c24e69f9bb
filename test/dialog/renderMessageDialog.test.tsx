import { fireEvent, screen, within } from '@testing-library/react';
import { readMessageDialog } from '@/dialog/readMessageDialog';
import { renderMessageDialog } from '@/dialog/renderMessageDialog';

function setUp(query: string) {
  document.body.innerHTML = '<main id="root"></main>';
  const root = document.getElementById('root') as HTMLElement;
  const onClose = jest.fn();
  renderMessageDialog(root, readMessageDialog(query), onClose);
  return { root, onClose };
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.theme;
});

describe('renderMessageDialog', () => {
  it('shows the title, one paragraph per line and "Fermer", in French', () => {
    setUp(
      `?lang=fr&kind=info&title=${encodeURIComponent('Valider la feuille')}&lines=${encodeURIComponent('Feuille « Clients ».\nAucune anomalie.')}`,
    );
    const dialog = screen.getByRole('dialog', { name: 'Valider la feuille' });
    expect(within(dialog).getByRole('heading', { level: 1 })).toHaveTextContent('Valider la feuille');
    expect(within(dialog).getByText('Feuille « Clients ».').tagName).toBe('P');
    expect(within(dialog).getByText('Aucune anomalie.')).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription('Feuille « Clients ». Aucune anomalie.');
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toHaveFocus();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Valider la feuille');
    // No theme given and no dark system setting: light.
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('shows an error as an alert dialog, in English, in the theme it is given', () => {
    setUp('?lang=en&kind=error&title=Validate%20sheet&lines=Excel%20is%20busy.&theme=dark');
    const dialog = screen.getByRole('alertdialog', { name: 'Validate sheet' });
    expect(dialog).toHaveClass('message-dialog--error');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('shows markup from the query as text, never as elements', () => {
    const { root } = setUp(
      `?title=${encodeURIComponent('<b>Titre</b>')}&lines=${encodeURIComponent('<img src=x onerror="window.hacked=1">\n<script>window.hacked=2</script>')}`,
    );
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent('<b>Titre</b>');
    expect(screen.getByText('<img src=x onerror="window.hacked=1">')).toBeInTheDocument();
    expect(screen.getByText('<script>window.hacked=2</script>')).toBeInTheDocument();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('calls onClose once, from the button or Escape', () => {
    const { onClose } = setUp('?title=T');
    const button = screen.getByRole('button', { name: 'Fermer' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(button).toBeDisabled();
  });

  it('closes on Escape', () => {
    const { onClose } = setUp('?title=T');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
