// `npm start`: the store (SQLite under data/ by default), the HTTPS dev server with the pane,
// then desktop Excel sideloading where office-addin-debugging supports the platform, else the
// steps for Excel on the web. Ctrl+C stops every process it started.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../package.json';
import { describeDatabase } from '@/server/db/DatabaseConfig';
import { loadStoreConfig } from '@/server/config/loadStoreConfig';
import { createProcessSupervisor } from './start/createProcessSupervisor';
import { decideSideload } from './start/decideSideload';
import { defaultCertificateFiles, ensureCertificateFiles, trustCertificateAuthority } from './start/ensureDevCertificates';
import { ensureLocalStoreConfig } from './start/ensureLocalStoreConfig';
import { formatReadyMessage } from './start/formatReadyMessage';
import { portIsFree } from './start/portIsFree';
import { readStartConfig } from './start/readStartConfig';
import { replaceStoreToken } from './start/runStoreCli';
import { sideloadDesktop, unloadDesktop } from './start/sideloadDesktop';
import { storeAcceptsToken } from './start/storeAcceptsToken';
import { waitForUrl } from './start/waitForUrl';

/** The dev token: the pane shows "Poste local" as the author of what it writes, never "local-dev". */
const LOCAL_TOKEN = { name: 'local-dev', label: 'Poste local' };
const repoRoot = path.resolve(__dirname, '..');
const config = readStartConfig(repoRoot, packageJson.config, process.env);
const supervisor = createProcessSupervisor();
const childrenFailed = new AbortController();
let desktopSideloaded = false;
let shuttingDown = false;
let shutdownStartedAt = 0;
/** A terminal's Ctrl+C reaches us twice (directly and relayed by the tsx CLI): only a later one forces. */
const FORCE_AFTER_MS = 2000;

const step = (text: string) => console.log(`• ${text}`);

async function shutdown(code: number, message?: string): Promise<never> {
  if (shuttingDown) {
    if (Date.now() - shutdownStartedAt < FORCE_AFTER_MS) return new Promise<never>(() => undefined);
    supervisor.killAllNow();
    process.exit(code || 130);
  }
  shuttingDown = true;
  shutdownStartedAt = Date.now();
  if (message) console.error(`\n${message}`);
  console.log('Arrêt en cours… / Stopping…');
  if (desktopSideloaded) await unloadDesktop(config.manifestPath).catch(() => undefined);
  await supervisor.stopAll();
  console.log('Tout est arrêté / everything is stopped.');
  process.exit(code);
}

async function main(): Promise<void> {
  console.log(`Suivi Clients ${packageJson.version} — npm start`);

  mkdirSync(config.dataDir, { recursive: true });
  step(`Dossier de données / data folder: ${config.dataDir}`);

  const corsOrigins = process.env.CORS_ORIGINS || config.devUrl;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SUIVI_DATA_DIR: config.dataDir,
    STORE_PORT: String(config.storePort),
    DEV_PORT: String(config.devPort),
    CORS_ORIGINS: corsOrigins,
    // Request logs would drown the steps below; STORE_LOG_LEVEL=info brings them back.
    STORE_LOG_LEVEL: process.env.STORE_LOG_LEVEL || 'warn',
  };
  const storeConfig = loadStoreConfig(childEnv, { port: config.storePort }, repoRoot);
  const database = describeDatabase(storeConfig.database);

  for (const [port, name] of [
    [config.storePort, 'STORE_PORT'],
    [config.devPort, 'DEV_PORT'],
  ] as const) {
    if (!(await portIsFree(port))) {
      throw new Error(
        `Le port ${port} est déjà utilisé (un autre « npm start » ?) ; choisissez-en un autre avec ${name}=… / ` +
          `port ${port} is already in use (another "npm start"?); pick another one with ${name}=…`,
      );
    }
  }

  const certificates = defaultCertificateFiles();
  const certificateOutcome = await ensureCertificateFiles(certificates);
  step(
    certificateOutcome === 'generated'
      ? `Certificats HTTPS créés / HTTPS certificates created: ${certificates.dir}`
      : `Certificats HTTPS / HTTPS certificates: ${certificates.dir}`,
  );
  const trust = await trustCertificateAuthority(certificates, process.platform, certificateOutcome === 'generated');
  if (trust.status === 'untrusted') {
    step(
      trust.reason === 'no_passwordless_sudo'
        ? 'Autorité de développement non installée dans le système (sudo sans mot de passe indisponible) / development CA not installed system-wide (no passwordless sudo)'
        : `Installation de l'autorité de développement impossible / could not install the development CA: ${trust.detail ?? ''}`,
    );
  }
  childEnv.SSL_KEY_FILE = certificates.keyFile;
  childEnv.SSL_CERT_FILE = certificates.certFile;
  childEnv.SSL_CA_FILE = certificates.caFile;

  supervisor.firstUnexpectedExit.then((exit) => {
    childrenFailed.abort();
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
    const label = exit.name === 'store' ? ['La base clients', 'The store'] : ['Le serveur de développement', 'The dev server'];
    void shutdown(1, `${label[0]} s'est arrêté (${how}) : arrêt de tout. / ${label[1]} stopped (${how}): stopping everything.`);
  });

  supervisor.start('store', process.execPath, ['--import', 'tsx', 'src/cli/store.ts', 'serve', '--port', String(config.storePort)], {
    cwd: repoRoot,
    env: childEnv,
  });
  await waitForUrl(`${config.storeDirectUrl}/api/v1/health`, { signal: childrenFailed.signal, timeoutMs: 60_000 });
  step(`Base clients démarrée / store started: ${config.storeDirectUrl} (${database})`);

  const localStoreFile = path.join(config.dataDir, 'local-store.json');
  const local = await ensureLocalStoreConfig({
    file: localStoreFile,
    storeUrl: config.devUrl,
    isTokenAccepted: (token) => storeAcceptsToken(config.storeDirectUrl, token),
    createToken: () => replaceStoreToken(repoRoot, LOCAL_TOKEN, childEnv),
  });
  const tokenText = {
    created: 'Jeton local créé / local token created',
    recreated: 'Jeton local remplacé (ancien refusé) / local token replaced (old one refused)',
    reused: 'Jeton local réutilisé / local token reused',
  }[local.outcome];
  const shownFile = localStoreFile.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, localStoreFile) : localStoreFile;
  step(`${tokenText}: ${shownFile}`);

  step('Compilation du volet (webpack) / building the pane (webpack)…');
  supervisor.start(
    'webpack',
    process.execPath,
    [
      require.resolve('webpack-cli/bin/cli.js'),
      'serve',
      '--mode',
      'development',
      // Our own lines say where things are; keep webpack-dev-server's warnings and errors only.
      '--infrastructure-logging-level',
      'warn',
    ],
    {
      cwd: repoRoot,
      env: childEnv,
    },
  );
  await waitForUrl(`${config.devUrl}/taskpane.html`, { ca: readFileSync(certificates.caFile), signal: childrenFailed.signal });
  step(`Serveur de développement prêt / dev server ready: ${config.devUrl}`);

  const plan = decideSideload(process.platform);
  let sideloadError: string | undefined;
  if (plan === 'desktop') {
    try {
      await sideloadDesktop(config.manifestPath);
      desktopSideloaded = true;
    } catch (error) {
      sideloadError = error instanceof Error ? error.message : String(error);
    }
  }
  const message = formatReadyMessage({
    plan,
    sideloadError,
    platform: process.platform,
    manifestPath: config.manifestPath,
    caFile: certificates.caFile,
    devUrl: config.devUrl,
    storeDirectUrl: config.storeDirectUrl,
    database,
    localStoreFile,
  });
  console.log(message.join('\n'));
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('exit', () => supervisor.killAllNow());

main().catch((error: unknown) => {
  if (shuttingDown) return;
  const text = error instanceof Error ? error.message : String(error);
  void shutdown(1, `Échec du démarrage / start failed: ${text}`);
});
