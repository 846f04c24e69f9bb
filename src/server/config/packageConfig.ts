import packageJson from '../../../package.json';

/** The one source of ports, URLs and version: package.json's "config" and "version". */
export const packageConfig = {
  version: packageJson.version,
  storePort: packageJson.config.storePort,
  devUrl: packageJson.config.devUrl,
} as const;
