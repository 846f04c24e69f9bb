import { messageDialogUrl } from '@/dialog/messageDialogUrl';
import { maxLineLength, maxLines, maxTitleLength, readMessageDialog } from '@/dialog/readMessageDialog';

const search = (url: string) => new URL(url).search;

describe('messageDialogUrl', () => {
  it("points at dialog.html beside the page, on its origin, without the page's own query or hash", () => {
    const url = new URL(
      messageDialogUrl('https://suivi.example.ch/addin/commands.html?_host_Info=Excel$Win32#x', {
        lang: 'fr',
        kind: 'info',
        title: 'T',
        lines: [],
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://suivi.example.ch/addin/dialog.html');
    expect(url.hash).toBe('');
    expect(url.searchParams.has('_host_Info')).toBe(false);
    expect(messageDialogUrl('https://localhost:3000/commands.html', { lang: 'en', kind: 'error', title: 'T', lines: ['a'] })).toMatch(
      /^https:\/\/localhost:3000\/dialog\.html\?/,
    );
  });

  it('writes one parameter per line and never an escaped line break (Excel on the web refuses such a dialog URL)', () => {
    const url = messageDialogUrl('https://a.ch/', {
      lang: 'fr',
      kind: 'error',
      title: 'T',
      lines: ['Première ligne.', 'Deuxième\nligne.'],
    });
    expect(url).not.toMatch(/%0A|%0D/i);
    expect(new URL(url).searchParams.getAll('lines')).toEqual(['Première ligne.', 'Deuxième', 'ligne.']);
  });

  it('adds the theme only when given', () => {
    const content = { lang: 'fr', kind: 'info', title: 'T', lines: [] } as const;
    expect(new URL(messageDialogUrl('https://a.ch/', content)).searchParams.has('theme')).toBe(false);
    expect(new URL(messageDialogUrl('https://a.ch/', content, 'dark')).searchParams.get('theme')).toBe('dark');
  });
});

describe('readMessageDialog', () => {
  it('reads back what messageDialogUrl wrote, accents, quotes, & and = included', () => {
    const lines = ['Feuille « Clients & Co = 1 ».', '2 lignes de données, dont 1 valide.', 'Ligne avec ? et # et %20'];
    const url = messageDialogUrl(
      'https://localhost:3000/commands.html',
      { lang: 'en', kind: 'error', title: 'Validate sheet', lines },
      'dark',
    );
    expect(readMessageDialog(search(url))).toEqual({
      lang: 'en',
      kind: 'error',
      title: 'Validate sheet',
      lines,
      closeLabel: 'Close',
      theme: 'dark',
    });
  });

  const cases: Array<{ name: string; query: string; expected: Partial<ReturnType<typeof readMessageDialog>> }> = [
    {
      name: "empty query: French, info, the add-in's name",
      query: '',
      expected: { lang: 'fr', kind: 'info', title: 'Suivi Clients', lines: [], closeLabel: 'Fermer', theme: null },
    },
    { name: 'without the leading ?', query: 'lang=en&title=Hello', expected: { lang: 'en', title: 'Hello', closeLabel: 'Close' } },
    { name: 'unknown language → French', query: '?lang=de', expected: { lang: 'fr', closeLabel: 'Fermer' } },
    { name: 'unknown kind → info', query: '?kind=warning', expected: { kind: 'info' } },
    { name: 'unknown theme → none', query: '?theme=purple', expected: { theme: null } },
    { name: "blank title → the add-in's name", query: '?title=%20%20', expected: { title: 'Suivi Clients' } },
    { name: 'blank lines dropped, spaces trimmed', query: '?lines=%20a%20%0A%0A%0D%0Ab', expected: { lines: ['a', 'b'] } },
    {
      name: "Office's own parameters ignored",
      query: '?_host_Info=Excel%24Win32&lang=en&kind=error',
      expected: { lang: 'en', kind: 'error' },
    },
    {
      name: 'markup stays text',
      query: `?title=${encodeURIComponent('<b>x</b>')}&lines=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      expected: { title: '<b>x</b>', lines: ['<img src=x onerror=alert(1)>'] },
    },
  ];

  it.each(cases)('$name', ({ query, expected }) => {
    expect(readMessageDialog(query)).toMatchObject(expected);
  });

  it('bounds what a query can make it show', () => {
    const many = Array.from({ length: maxLines + 5 }, (_, index) => `line ${index}`).join('\n');
    const view = readMessageDialog(
      `?title=${'t'.repeat(maxTitleLength + 10)}&lines=${encodeURIComponent(`${'x'.repeat(maxLineLength + 10)}\n${many}`)}`,
    );
    expect(view.title).toHaveLength(maxTitleLength);
    expect(view.title.endsWith('…')).toBe(true);
    expect(view.lines).toHaveLength(maxLines);
    expect(view.lines[0]).toHaveLength(maxLineLength);
  });
});
