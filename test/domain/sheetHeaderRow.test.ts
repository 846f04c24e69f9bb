import { sheetHeaderRow, sheetHeaderSignature } from '@/domain';

describe('sheetHeaderRow', () => {
  it.each<[string, unknown[][], string]>([
    [
      'the header row the engine finds, below a title',
      [['Liste 2026'], [], ['Nom', 'Prénom', 'E-mail'], ['Favre', 'Sophie', 's@example.ch']],
      'nom|prenom|email',
    ],
    ['the first non-empty row when no header row is found', [[], ['', 'Kd', 'Feld 2'], ['', 'K1', 'Muster']], 'kd|feld2'],
    ['nothing for empty rows', [[], ['', null]], ''],
    ['nothing for no rows', [], ''],
  ])('signs %s', (_, rows, signature) => {
    expect(sheetHeaderSignature(rows)).toBe(signature);
  });

  it('lists the columns of that row with their first values, by sheet column', () => {
    expect(
      sheetHeaderRow(
        [
          ['Kd', 'Feld 2'],
          ['K1', ''],
          ['K2', 'Muster'],
        ],
        2,
      ),
    ).toEqual({
      index: 0,
      signature: 'kd|feld2',
      columns: [
        { header: 'Kd', column: 'C', index: 0, samples: ['K1', 'K2'] },
        { header: 'Feld 2', column: 'D', index: 1, samples: ['Muster'] },
      ],
    });
  });
});
