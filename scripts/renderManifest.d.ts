/** Types of scripts/renderManifest.js (CommonJS, also required by webpack.config.js). */
export declare function renderManifestForUrl(manifestXml: string, targetUrl: string): string;
export declare const devUrl: string;
export declare const prodUrl: string;
