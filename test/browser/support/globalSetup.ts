import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { assertChromiumInstalled } from './chromium';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/**
 * Jest globalSetup of the "browser" project (a default export, as Jest requires):
 * checks Chromium, then builds the pane and the in-memory host once into dist-dev/.
 */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled();
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [repoRoot] });
  const build = spawnSync(process.execPath, [webpackCli, '--mode', 'development'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    throw new Error(
      `La compilation du volet a échoué / the pane build failed (webpack --mode development, exit ${build.status}):\n` +
        `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim(),
    );
  }
}
