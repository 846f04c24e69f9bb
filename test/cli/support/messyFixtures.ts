import { writeXlsx, type FixtureCell } from './writeXlsx';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * A Swiss client export as people really send it: title rows above the header, headers written with
 * synonyms and accents, an unknown column, dates as date cells and as text in several formats,
 * numbers that lost their leading zero, an empty row, duplicates and invalid cells.
 */
export function swissExportRows(): FixtureCell[][] {
  return [
    ['Export GesMobile – clients'],
    ['Généré le 12.01.2026', null, null, 'Fiduciaire Rochat Sàrl'],
    [],
    [
      'N° client',
      'Civ.',
      'NOM *',
      'Prénom *',
      'Société',
      'N° IDE',
      'E-mail *',
      'Tél.',
      'Natel',
      'Adresse',
      'NPA',
      'Localité',
      'Pays',
      'Nationalité',
      'Pays d’exercice',
      'Langue',
      'Né(e) le',
      'Remarques',
      'Canton',
    ],
    [
      'CL-000101',
      'Madame',
      'Müller',
      'Anne',
      'Atelier Müller SA',
      'CHE-107.787.577 TVA',
      'Anne.Muller@Bluewin.CH',
      '022 123 45 67',
      791234567,
      'Rue du Lac 12',
      1204,
      'Genève',
      'Suisse',
      'suisse',
      'Suisse',
      'français',
      utc(1985, 12, 31),
      'Cliente depuis 2010',
      'GE',
    ],
    [
      'CL-000102',
      'M.',
      'Favre',
      'Jean-Luc',
      null,
      null,
      'jl.favre@example.ch',
      '+41 21 345 67 89',
      '079 765 43 21',
      'Avenue de la Gare 3',
      1003,
      'Lausanne',
      'CH',
      'Schweizer',
      null,
      'Deutsch',
      '05.06.1979',
      null,
      'VD',
    ],
    [],
    [
      'CL-000103',
      'Monsieur',
      'Rossi',
      'Marco',
      'Rossi & Figli',
      'CHE-107.787.578',
      'marco.rossi@',
      '022 123 45',
      '+41 78 123 45 67',
      'Via Nassa 5',
      'CH-6900',
      'Lugano',
      'Suisse',
      'italien',
      'CH',
      'italiano',
      '12/31/1985',
      null,
      'TI',
    ],
    [
      'CL-000104',
      'Mme',
      'Dupont',
      'Claire',
      null,
      'FR 40 303 265 045',
      'ANNE.MULLER@bluewin.ch',
      '01 42 68 53 00',
      '06 12 34 56 78',
      '5 rue de Rivoli',
      1000,
      'Bourg-en-Bresse',
      'France',
      'française',
      'Suisse',
      'fr',
      '31/12/1990',
      null,
      null,
    ],
    [
      'CL-000101',
      'Dr',
      'Keller',
      '',
      null,
      null,
      'k.keller@example.ch',
      { error: '#N/A' },
      null,
      null,
      8001,
      'Zürich',
      'Suise',
      'sénégalais',
      null,
      'English',
      '01.01.2030',
      null,
      'ZH',
    ],
    [
      'CL-000106',
      'Frau',
      'Gerber',
      'Lea',
      null,
      null,
      'lea.gerber@example.ch',
      '031 123 45 67',
      null,
      null,
      3011,
      'Bern',
      null,
      null,
      null,
      null,
      28000,
      null,
      'BE',
    ],
  ];
}

export function swissExportXlsx(): Uint8Array {
  return writeXlsx([
    { name: 'Clients', rows: swissExportRows() },
    { name: 'Vide', rows: [] },
  ]);
}

/** A French export saved by Excel for Windows as "CSV (séparateur : point-virgule)": Windows-1252, CRLF, no BOM. */
export function frenchExportCsv(): Uint8Array {
  const lines = [
    'Civilité;Nom;Prénom;Courriel;Téléphone;Portable;Adresse;Code postal;Ville;Pays;Date de naissance',
    'Mme;Lefèvre;Hélène;helene.lefevre@orange.fr;01 42 68 53 00;06 12 34 56 78;"12, rue de l’Église";75001;Paris;France;03/04/1972',
    'M.;Œuvray;François;f.oeuvray@free.fr;04 78 12 34 56;;8 quai Saint-Vincent;69001;Lyon;France;1981-09-27',
    'M.;Martin;Luc;luc.martin@wanadoo.fr;;07 81 23 45 67;2 place du Marché;1000;Bourg-en-Bresse;France;15.08.1965',
  ];
  return new Uint8Array(Buffer.from(encodeWindows1252(`${lines.join('\r\n')}\r\n`)));
}

function encodeWindows1252(text: string): number[] {
  const special: Record<string, number> = { '’': 0x92, Œ: 0x8c, œ: 0x9c, '€': 0x80 };
  return [...text].map((char) => special[char] ?? char.charCodeAt(0));
}

/** A list without its email column (a required one). */
export function missingEmailXlsx(): Uint8Array {
  return writeXlsx([
    {
      name: 'Feuil1',
      rows: [
        ['Nom', 'Prénom', 'Téléphone'],
        ['Dupont', 'Jean', '022 123 45 67'],
      ],
    },
  ]);
}
