import { spawn } from 'node:child_process';

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `tsx src/cli/store.ts ARGS…` (as `node --import tsx`, one process) and collects its output. */
export function runStoreCli(repoRoot: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/store.ts', ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The token printed by `token create`: the last non-empty line of its output. */
export function parseCreatedToken(stdout: string): string {
  const lines = stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const token = lines.at(-1);
  if (token === undefined || /\s/.test(token)) {
    throw new Error("« token create » n'a pas affiché de jeton / printed no token");
  }
  return token;
}

/** A token's technical name and the display name the pane shows for what it writes ("Poste local"). */
export type StoreTokenName = { name: string; label: string };

/**
 * Creates the store token `name` with its display name `label`, first revoking an active token of that name (names
 * are unique among active tokens, and the old one's plaintext is lost). Returns the new token.
 */
export async function replaceStoreToken(repoRoot: string, token: StoreTokenName, env: NodeJS.ProcessEnv): Promise<string> {
  await runStoreCli(repoRoot, ['token', 'revoke', token.name], env);
  const created = await runStoreCli(repoRoot, ['token', 'create', token.name, '--label', token.label], env);
  if (created.code !== 0) {
    throw new Error(`Création du jeton impossible / could not create the token (exit ${created.code}):\n${created.stderr.trim()}`);
  }
  return parseCreatedToken(created.stdout);
}
