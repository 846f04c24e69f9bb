import path from 'node:path';
import { loadStoreConfig } from '@/server/config/loadStoreConfig';
import { backupSqlite } from '@/server/db/backupSqlite';
import { describeDatabase } from '@/server/db/DatabaseConfig';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase } from '@/server/db/openDatabase';
import { closeOnSignals, startStore } from '@/server/server';
import { createToken, listTokens, revokeToken } from '@/server/tokens';
import { CliError } from './CliError';
import { describeStoreCliError } from './describeStoreCliError';
import { parseStoreArgs, type StoreCommand } from './parseStoreArgs';
import { storeUsage } from './storeUsage';

export type CliIo = { out: (line: string) => void; err: (line: string) => void; env: NodeJS.ProcessEnv };

const defaultIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env };

/** Runs `npm run store -- …` and resolves with the exit code (0, or 1 after one French error line on stderr). */
export async function runStoreCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    await runCommand(parseStoreArgs(argv), io);
    return 0;
  } catch (error) {
    io.err(describeStoreCliError(error));
    return 1;
  }
}

async function runCommand(command: StoreCommand, io: CliIo): Promise<void> {
  if (command.command === 'help') return io.out(storeUsage);
  if (command.command === 'serve') return serve(command.port, command.db, io);
  const config = loadStoreConfig(io.env, { db: command.db });
  if (command.command === 'backup') {
    if (config.database.dialect !== 'sqlite') throw new CliError('backup_needs_sqlite');
    const target = path.resolve(command.file);
    const { pages } = await backupSqlite(config.database.file, target);
    io.out(`Sauvegarde cohérente de ${describeDatabase(config.database)} écrite dans ${target} (${pages} pages).`);
    return;
  }
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const where = describeDatabase(config.database);
    if (command.command === 'token-create') {
      const created = await createToken(database.db, command.name, command.label);
      const shown = created.label === null ? '' : ` (affiché «\u00a0${created.label}\u00a0»)`;
      io.out(`Jeton «\u00a0${created.name}\u00a0»${shown} créé dans ${where}. Conservez-le\u00a0: il ne sera plus affiché.`);
      io.out(created.token);
    } else if (command.command === 'token-revoke') {
      const revoked = await revokeToken(database.db, command.name);
      io.out(`Jeton «\u00a0${revoked.name}\u00a0» révoqué (${revoked.id}).`);
    } else {
      const tokens = await listTokens(database.db);
      if (tokens.length === 0) io.out(`Aucun jeton dans ${where}.`);
      for (const token of tokens) {
        const state = token.revokedAt ? `révoqué le ${token.revokedAt}` : 'actif';
        const shown = token.label === null ? [] : [`affiché «\u00a0${token.label}\u00a0»`];
        io.out([token.name, token.id, `créé le ${token.createdAt}`, state, ...shown].join('\t'));
      }
    }
  } finally {
    await database.close();
  }
}

async function serve(port: number | undefined, db: string | undefined, io: CliIo): Promise<void> {
  const config = loadStoreConfig(io.env, { port, db });
  const store = await startStore(config);
  io.out(`Base clients à l’écoute sur ${store.url} (${describeDatabase(config.database)}). Ctrl+C pour l’arrêter.`);
  await new Promise<void>((resolve, reject) => {
    closeOnSignals(store, () => {
      io.out('Arrêt de la base clients\u00a0: fin des requêtes en cours…');
      store.close().then(resolve, reject);
    });
  });
  io.out('Base clients arrêtée.');
}
