import { validateXML } from 'xmllint-wasm';
import { loadManifestSchemas } from './loadManifestSchemas';

export type ManifestValidation = { valid: boolean; errors: string[] };

/** Validates a manifest against the Office XSDs with xmllint (WebAssembly, offline). */
export async function validateManifestXml(xml: string, fileName = 'manifest.xml'): Promise<ManifestValidation> {
  const { schema, preload } = loadManifestSchemas();
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
