import type { SideloadPlan } from './decideSideload';

export type ReadyMessageInput = {
  plan: SideloadPlan;
  /** Set when the desktop sideload was attempted and failed: the web steps are printed instead. */
  sideloadError?: string | undefined;
  platform: NodeJS.Platform;
  manifestPath: string;
  caFile: string;
  devUrl: string;
  storeDirectUrl: string;
  database: string;
  localStoreFile: string;
};

const platformNames: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  win32: 'Windows',
  darwin: 'macOS',
};

/** The steps to sideload manifest.xml into Excel on the web, the browser trusting the development CA first. */
function webSteps(input: ReadyMessageInput): string[] {
  return [
    'Pour charger le complément dans Excel sur le web / to sideload into Excel on the web:',
    `  1. Importez l'autorité de développement dans votre navigateur / import the development CA into your browser:`,
    `       ${input.caFile}`,
    '     Chrome/Chromium : Paramètres > Confidentialité et sécurité > Sécurité > Gérer les certificats > Autorités > Importer',
    '     Firefox : Paramètres > Vie privée et sécurité > Certificats > Afficher les certificats > Autorités > Importer',
    `     (ou / or: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Suivi Clients dev CA" -i ${input.caFile})`,
    `  2. Ouvrez / open ${input.devUrl}/taskpane.html : aucune alerte de sécurité / no security warning.`,
    '  3. Ouvrez un classeur dans Excel sur le web / open a workbook in Excel on the web (https://www.office.com).',
    '  4. Insertion > Compléments > Mes compléments > Charger mon complément / Insert > Add-ins > My Add-ins > Upload My Add-in',
    '     (selon la version / depending on the version: Accueil > Compléments > Plus de compléments / Home > Add-ins > More Add-ins),',
    `     puis choisissez / then choose: ${input.manifestPath}`,
    '  5. Accueil > Clients > Suivi Clients ouvre le volet / Home > Clients > Suivi Clients opens the pane.',
  ];
}

/** What `npm start` prints once everything runs: where things are and how to load the add-in. */
export function formatReadyMessage(input: ReadyMessageInput): string[] {
  const lines = [
    '',
    'Suivi Clients est prêt / is ready',
    `  Volet / pane:        ${input.devUrl}/taskpane.html`,
    `  Aperçu / preview:    ${input.devUrl}/preview.html (volet + classeur en mémoire / pane + in-memory workbook)`,
    `  Base clients / store: ${input.storeDirectUrl} (${input.database}), via ${input.devUrl}/api pour le volet / for the pane`,
    `  Jeton local / local token: ${input.localStoreFile}`,
    '',
  ];
  if (input.plan === 'desktop' && input.sideloadError === undefined) {
    lines.push('Excel de bureau a été lancé avec le complément / desktop Excel was started with the add-in.');
  } else {
    if (input.plan === 'desktop') {
      lines.push(`Chargement dans Excel de bureau impossible / desktop sideload failed: ${input.sideloadError}`);
    } else {
      const name = platformNames[input.platform] ?? input.platform;
      lines.push(`Pas de chargement dans Excel de bureau sous ${name} / no desktop Excel sideloading on ${name}.`);
    }
    lines.push(...webSteps(input));
  }
  lines.push('', 'Ctrl+C arrête la base clients et le serveur / stops the store and the dev server.');
  return lines;
}
