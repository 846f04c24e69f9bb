import type { ColumnKey } from '../template/ColumnKey';

/**
 * The words real exports put around a template label (Outlook, Google, Thunderbird, Apple, CRMs and ERPs, in English,
 * French and German), folded as `headerWords` folds them. The labels themselves are the template's (clientTemplate).
 */

/** What a header can feed: a template key, or a part of one (a full name split into Nom and Prénom; a birth date in three columns). */
export type HeaderField = ColumnKey | 'fullName' | 'birthDay' | 'birthMonth' | 'birthYear';

/**
 * Qualifiers say whose or which one (`Business Phone`, `Home City`, `Téléphone (bureau)`, `Ort privat`): they do not
 * change the field. The rank orders candidates for one field: primary first, then unqualified and business (our users'
 * clients are mostly reached at work), then home, then other and secondary.
 */
export const QUALIFIER_RANK: ReadonlyMap<string, number> = new Map([
  ...['primary', 'main', 'prefer', 'preferred', 'default', 'principal', 'principale', 'haupt'].map((word) => [word, 0] as const),
  ...[
    'business',
    'work',
    'office',
    'billing',
    'professionnel',
    'professionnelle',
    'pro',
    'bureau',
    'facturation',
    'geschaftlich',
    'arbeit',
    'rechnung',
    'dienstlich',
    'consumer',
    'plan',
    'user',
    'your',
    'contact',
    'client',
  ].map((word) => [word, 1] as const),
  ...['home', 'private', 'personal', 'prive', 'privee', 'personnel', 'personnelle', 'domicile', 'privat'].map((word) => [word, 2] as const),
  ...['other', 'secondary', 'autre', 'secondaire', 'andere', 'anderes', 'weitere', 'weiterer', 'weiteres'].map(
    (word) => [word, 3] as const,
  ),
]);

/** Unqualified headers rank with business ones. */
export const UNQUALIFIED_RANK = 1;

/** Words that tell a column describes another person or party (a relative, an assistant, a supplier): never the client's. */
export const OTHER_PARTY_WORDS: ReadonlySet<string> = new Set([
  'mum',
  'mom',
  'mother',
  'father',
  'dad',
  'sister',
  'brother',
  'team',
  'spouse',
  'partner',
  'assistant',
  'assistent',
  'assistante',
  'manager',
  'subscriber',
  'dependent',
  'payer',
  'insurance',
  'member',
  'group',
  'supplier',
  'fournisseur',
  'conjoint',
  'conjointe',
  'responsable',
  'vorgesetzten',
  'referred',
  'recommande',
  'empfohlen',
  'related',
  'relation',
]);

/** Words that make a header some other datum than the label it holds (`E-mail 1 - Type`, `Job Title`, `Home Fax`, `Anniversary`). */
export const OTHER_DATUM_WORDS: ReadonlySet<string> = new Set([
  'type',
  'typ',
  'formatted',
  'extended',
  'fax',
  'telecopie',
  'pager',
  'custom',
  'job',
  'car',
  'voiture',
  'autotelefon',
  'video',
  'middle',
  'deuxieme',
  'vornamen',
  'yomi',
  'maiden',
  'nickname',
  'nick',
  'screen',
  'mariage',
  'anniversary',
  'jahrestag',
  'ext',
  'extension',
  'vorwahl',
  'ausspracheform',
  'gravatar',
  'avatar',
  'radio',
  'tdd',
  'tty',
  'isdn',
  'rnis',
  'telex',
  'callback',
  'rappel',
  'initial',
  'initials',
  'suffix',
  'web',
  'website',
  'url',
  'im',
  'shorthand',
  'state',
  'county',
  'region',
  'label',
  'angezeigter',
  'validity',
  'signature',
  'place',
  'created',
  'effective',
  'term',
  'names',
  'box',
  'postfach',
  'bp',
  'boite',
  'siren',
  'siret',
  'ape',
  'idprof',
  'iban',
  'bic',
  'gender',
  'sex',
  'sexe',
]);

/** Words that open a group of columns about one thing (`Address 1 - City`, `adr_one_locality`, `Organization 1 - Name`, `cp_email`). */
export const GROUP_WORDS: ReadonlyMap<string, 'address' | 'organization' | 'contactPerson'> = new Map([
  ['address', 'address'],
  ['adr', 'address'],
  ['addr', 'address'],
  ['adresse', 'address'],
  ['arbeitsadresse', 'address'],
  ['privatadresse', 'address'],
  ['anschrift', 'address'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['org', 'organization'],
  ['cp', 'contactPerson'],
]);

/** What an organisation group may name: only its name is the client's company. */
export const ORGANIZATION_NAME_WORDS: ReadonlySet<string> = new Set(['name', 'nom']);

/** Filler words a header may carry around its label (`E-mail 1 - Value`, `Nom de l'assistant`). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'value',
  'wert',
  'valeur',
  'de',
  'du',
  'la',
  'le',
  'l',
  'of',
  'the',
  'e',
  'r',
  's',
  'no',
  'nr',
  'n',
]);

/** Ordinal words some exports spell out. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
]);

/** Labels of a column that holds a whole name (`Jean Dupont`, `Dupont, Jean`). */
export const FULL_NAME_LABELS: readonly string[] = [
  'Full name',
  'Nom complet',
  'Display name',
  'Client name',
  'Customer name',
  'Contact',
  'Contact name',
  'Nom et prénom',
  'Prénom et nom',
  'Nom prénom',
  'Vollständiger Name',
  'Nom à afficher',
  'Anzeigename',
  'Person name',
  'Name',
];

/** Labels of the three columns of a split birth date. `Jour` and `Mois` alone say less: they count next to a birth year. */
export const BIRTH_PART_LABELS: readonly (readonly [string, 'birthDay' | 'birthMonth' | 'birthYear', boolean])[] = [
  ['Birth day', 'birthDay', true],
  ['Birthday day', 'birthDay', true],
  ['Jour de naissance', 'birthDay', true],
  ['Geburtstag Tag', 'birthDay', true],
  ['Birth month', 'birthMonth', true],
  ['Mois de naissance', 'birthMonth', true],
  ['Geburtsmonat', 'birthMonth', true],
  ['Birth year', 'birthYear', true],
  ['Année de naissance', 'birthYear', true],
  ['Geburtsjahr', 'birthYear', true],
  ['Year of birth', 'birthYear', true],
  ['Jour', 'birthDay', false],
  ['Mois', 'birthMonth', false],
  ['Day', 'birthDay', false],
  ['Month', 'birthMonth', false],
];

/**
 * Headers whose meaning depends on the other headers of the row:
 * - `name`: `Name`/`Nom` is the surname next to a first name, a whole name alone, the company in a company list;
 * - `title`: `Title`/`Titre` is the civilité unless a salutation column exists (then it is a job or academic title);
 * - `location`: a bare `Ort` is Outlook's "Location" when qualified `Ort …` columns hold the city;
 * - `region`: French Thunderbird writes the country as `Région` and the state as `Pays/État`.
 */
export type Ambiguity = 'name' | 'title' | 'location' | 'region';
export const AMBIGUOUS_LABELS: readonly (readonly [string, HeaderField, Ambiguity])[] = [
  ['Name', 'lastName', 'name'],
  ['Nom', 'lastName', 'name'],
  ['Title', 'title', 'title'],
  ['Titre', 'title', 'title'],
  ['Ort', 'city', 'location'],
  ['Région', 'country', 'region'],
];

/** Headers that mark a row as a company list (a bare `Name` there is the company's). */
export const ORGANIZATION_EVIDENCE_WORDS: ReadonlySet<string> = new Set([
  'vat',
  'vatid',
  'iban',
  'bic',
  'siret',
  'siren',
  'capital',
  'supplier',
  'fournisseur',
  'idprof',
  'juridical',
  'effectif',
]);

/** The keys a person may have several of (work and home address, several e-mails): a repeated header there is an alternative. */
export const MULTI_VALUED_KEYS: ReadonlySet<ColumnKey> = new Set(['email', 'phone', 'mobile', 'address', 'postalCode', 'city', 'country']);
