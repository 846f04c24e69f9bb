import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type EntrypointStats = { assets?: { name: string }[] };
type BuildStats = { entrypoints?: Record<string, EntrypointStats>; assets?: { name: string }[] };

const repoRoot = path.resolve(__dirname, '..');

/**
 * The pane's initial JavaScript (the files taskpane.html loads before the first render), gzipped, from a
 * production build in a temp folder; and what the on-demand chunks add. Budget (DESIGN.md §5): < 400 KB.
 */
export async function benchPaneBundle(): Promise<string[]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'suivi-bundle-'));
  try {
    const statsFile = path.join(outDir, 'stats.json');
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir, '--json', statsFile],
      { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
    const initial = (stats.entrypoints?.taskpane?.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'));
    if (initial.length === 0) throw new Error('the production build has no taskpane entry');
    const gzipped = (name: string) => gzipSync(readFileSync(path.join(outDir, name))).length;
    const initialBytes = initial.reduce((sum, name) => sum + gzipped(name), 0);
    const allJs = (stats.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'));
    const lazyBytes = allJs.filter((name) => !initial.includes(name)).reduce((sum, name) => sum + gzipped(name), 0);
    return [
      `pane.initial_js_gzip ${(initialBytes / 1024).toFixed(1)} KB`,
      `pane.initial_js_budget_ratio ${(initialBytes / (400 * 1024)).toFixed(2)} x`,
      `pane.on_demand_js_gzip ${(lazyBytes / 1024).toFixed(1)} KB`,
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
