import type { MetadataJson } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

/** libphonenumber-js's complete ("max") metadata: the only one that checks number ranges, not just lengths. */
export const phoneMetadata = metadataJson as unknown as MetadataJson;
