import { readAttributes } from './readAttributes';

export type Relationship = { id: string; type: string; target: string };

const RELATIONSHIP = /<(?:[\w-]+:)?Relationship\b([^>]*?)\/?>/g;

/** The relationships part of a package part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A `.rels` part → its internal relationships, each target resolved to a part name (relative to the source
 * part's folder, or absolute from the package root); external targets (links, mail addresses) left out.
 * The type is kept whole: callers match its last segment, which the transitional and strict schemas share.
 */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  const relationships: Relationship[] = [];
  for (const match of xml.matchAll(RELATIONSHIP)) {
    const attributes = readAttributes(match[1] ?? '');
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined || target === undefined || attributes.get('TargetMode') === 'External') continue;
    relationships.push({ id, type: attributes.get('Type') ?? '', target: resolvePartName(folder, target) });
  }
  return relationships;
}

/** The first relationship whose type ends in `/kind` (`officeDocument`, `worksheet`, `sharedStrings`, `styles`). */
export function findRelationship(relationships: readonly Relationship[], kind: string): Relationship | undefined {
  return relationships.find((relationship) => isOfKind(relationship, kind));
}

export function isOfKind(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

function resolvePartName(folder: string, target: string): string {
  const path = target.replace(/\\/g, '/');
  const parts = path.startsWith('/') ? [] : folder.split('/').filter((part) => part !== '');
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.map((part) => safeDecode(part)).join('/');
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
