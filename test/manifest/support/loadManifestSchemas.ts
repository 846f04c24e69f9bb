import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { XMLFileInfo } from 'xmllint-wasm';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** The shared XSDs live beside the repository: ../shared/manifest-schemas (see its README). */
export const manifestSchemaDir = path.resolve(repoRoot, '..', 'shared', 'manifest-schemas');
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export type ManifestSchemas = { schema: XMLFileInfo; preload: XMLFileInfo[] };

/** The manifest XSDs: the main schema and the files it imports. Throws a clear message when the folder is missing. */
export function loadManifestSchemas(): ManifestSchemas {
  if (!existsSync(path.join(manifestSchemaDir, MAIN_SCHEMA))) {
    throw new Error(
      `Schémas du manifeste introuvables : ${manifestSchemaDir}/${MAIN_SCHEMA}. ` +
        `Ils doivent se trouver dans ../shared/manifest-schemas à côté du dépôt. / ` +
        `Manifest schemas not found: place the Office XSDs in ../shared/manifest-schemas next to the repository.`,
    );
  }
  const read = (fileName: string): XMLFileInfo => ({
    fileName,
    contents: readFileSync(path.join(manifestSchemaDir, fileName), 'utf8'),
  });
  const others = readdirSync(manifestSchemaDir).filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA);
  return { schema: read(MAIN_SCHEMA), preload: others.sort().map(read) };
}
