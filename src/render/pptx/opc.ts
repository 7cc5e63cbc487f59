/**
 * Small helpers for Open Packaging Conventions (OPC) packages: the zip container behind .pptx and
 * .xlsx files. Used by `normalise-package.ts` (rewrites a package) and `check-package.ts` (lints one).
 *
 * Parts are kept as a Map from part name to bytes. A part name here has no leading slash
 * (`ppt/slides/slide1.xml`), exactly like the zip entry name; `[Content_Types].xml` writes the same
 * names with a leading slash.
 */
import { readZip, writeZip, type ZipMethod } from './zip.js';

/** Every part of a package, by part name (no leading slash). Directory entries are not parts. */
export type Parts = Map<string, Uint8Array>;

export const CONTENT_TYPES_PART = '[Content_Types].xml';
export const ROOT_RELS_PART = '_rels/.rels';

export const REL_TYPE = {
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  notesSlide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide',
  package: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package',
  slide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
  slideMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
} as const;

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/**
 * The normaliser's steps each read every XML part as text; decoding megabytes of slides and notes
 * once per step was a hot spot. Parts are never changed in place (an edit stores new bytes), so
 * the text of a given bytes object can be remembered.
 */
const decodedText = new WeakMap<Uint8Array, string>();

export function decodeText(bytes: Uint8Array): string {
  let text = decodedText.get(bytes);
  if (text === undefined) {
    text = utf8Decoder.decode(bytes);
    decodedText.set(bytes, text);
  }
  return text;
}

export function encodeText(text: string): Uint8Array {
  const bytes = utf8Encoder.encode(text);
  decodedText.set(bytes, text);
  return bytes;
}

/** Reads a zip into parts. Throws when the bytes are not a zip. */
export async function readParts(bytes: Uint8Array): Promise<Parts> {
  return readZip(bytes);
}

/**
 * Writes parts as a zip whose bytes depend only on the parts and the date: entries in
 * `orderedPartNames` order, every entry dated `date`, DEFLATE (or STORE), no directory entries.
 */
export async function writeParts(
  parts: Parts,
  date: Date,
  method: ZipMethod = 'deflate',
): Promise<Uint8Array> {
  const ordered = orderedPartNames(parts.keys()).map((name): [string, Uint8Array] => [
    name,
    parts.get(name) as Uint8Array,
  ]);
  return writeZip(ordered, date, method);
}

/** OPC readers look for these two first; the rest are sorted so the order never depends on build order. */
export function orderedPartNames(names: Iterable<string>): string[] {
  const leading = [CONTENT_TYPES_PART, ROOT_RELS_PART];
  const all = [...names];
  const rest = all.filter((name) => !leading.includes(name)).sort(naturalCompare);
  return [...leading.filter((name) => all.includes(name)), ...rest];
}

/** Sorts `slide2` before `slide10`, and is independent of the locale. */
export function naturalCompare(a: string, b: string): number {
  const chunk = /(\d+)|(\D+)/g;
  const as = a.match(chunk) ?? [];
  const bs = b.match(chunk) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

// ---------------------------------------------------------------------------------------------
// Part names and relationship targets

export function isRelsPart(name: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/.test(name);
}

/** `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relsPartFor(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf('/');
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/** Inverse of `relsPartFor`: the part a .rels file describes ('' for the package-level `_rels/.rels`). */
export function sourcePartOf(relsPart: string): string {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  if (!match) throw new Error(`not a relationships part: ${relsPart}`);
  return `${match[1] ?? ''}${match[2] ?? ''}`;
}

/** Resolves a relationship target (relative to its source part, or absolute) to a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const cleaned = safeDecodeUri(decodeXmlEntities(target)).split('#')[0] ?? '';
  const base = cleaned.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of cleaned.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The relative target that leads from `sourcePart` to `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function safeDecodeUri(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// Tiny XML helpers (the parts we touch are machine-written and flat enough for careful regexes)

/** One compiled pattern per attribute name: the normaliser looks up attributes thousands of times. */
const attributePatterns = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/** The value of attribute `name` in a single start tag, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const match = attributePattern(name).exec(tag);
  if (!match) return undefined;
  return decodeXmlEntities(match[1] ?? match[2] ?? '');
}

/** Returns the tag with attribute `name` set to `value` (the attribute must already exist). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return tag.replace(pattern, (_whole, prefix: string) => `${prefix}"${escapeXml(value)}"`);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity.startsWith('#x')
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Relationships

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The `<Relationship .../>` tag exactly as written, so callers can edit it in place. */
  tag: string;
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, 'Id') ?? '',
    type: attribute(tag, 'Type') ?? '',
    target: attribute(tag, 'Target') ?? '',
    external: attribute(tag, 'TargetMode') === 'External',
    tag,
  }));
}

/** The relationships of `sourcePart` (empty when it has no .rels part). */
export function relationshipsOf(parts: Parts, sourcePart: string): Relationship[] {
  const rels = parts.get(relsPartFor(sourcePart));
  return rels ? parseRelationships(decodeText(rels)) : [];
}

/** Part names that the internal relationships of `sourcePart` (optionally of one type) point to. */
export function targetsOf(parts: Parts, sourcePart: string, type?: string): string[] {
  return relationshipsOf(parts, sourcePart)
    .filter((rel) => !rel.external && (type === undefined || rel.type === type))
    .map((rel) => resolveTarget(sourcePart, rel.target));
}

// ---------------------------------------------------------------------------------------------
// [Content_Types].xml

export interface ContentTypes {
  /** Lower-case extension → content type. */
  defaults: Map<string, string>;
  /** Part name without leading slash → content type. */
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Default\b[^>]*>/g)) {
    const extension = attribute(tag, 'Extension');
    const type = attribute(tag, 'ContentType');
    if (extension !== undefined && type !== undefined) defaults.set(extension.toLowerCase(), type);
  }
  for (const [tag] of xml.matchAll(/<Override\b[^>]*>/g)) {
    const partName = attribute(tag, 'PartName');
    const type = attribute(tag, 'ContentType');
    if (partName !== undefined && type !== undefined)
      overrides.set(partName.replace(/^\//, ''), type);
  }
  return { defaults, overrides };
}

/** Defaults sorted by extension, Overrides by part name: the same content always gives the same bytes. */
export function serialiseContentTypes({ defaults, overrides }: ContentTypes): string {
  const defaultTags = [...defaults.keys()]
    .sort()
    .map(
      (ext) =>
        `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(defaults.get(ext) ?? '')}"/>`,
    );
  const overrideTags = [...overrides.keys()]
    .sort(naturalCompare)
    .map(
      (part) =>
        `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(overrides.get(part) ?? '')}"/>`,
    );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    defaultTags.join('') +
    overrideTags.join('') +
    '</Types>'
  );
}

export function extensionOf(partName: string): string {
  const base = partName.slice(partName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The content type OPC gives a part: its Override, else the Default for its extension. */
export function contentTypeOf(types: ContentTypes, partName: string): string | undefined {
  return types.overrides.get(partName) ?? types.defaults.get(extensionOf(partName));
}

/** True when the bytes start like a zip (local file header "PK\3\4"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}
