/**
 * Post-processes the bytes pptxgenjs 4.0.1 writes so that PowerPoint opens the deck without the
 * repair dialog, and so that the same deck always gives the same bytes.
 *
 * Every step below guards against a defect documented in KNOWN-DEFECTS.md (issue numbers refer to
 * gitbrent/PptxGenJS). Each step is idempotent, so normalising a normalised package changes nothing.
 */
import { createHash } from 'node:crypto';
import {
  CONTENT_TYPES_PART,
  REL_TYPE,
  attribute,
  decodeText,
  decodeXmlEntities,
  encodeText,
  escapeXml,
  extensionOf,
  isRelsPart,
  looksLikeZip,
  naturalCompare,
  parseContentTypes,
  parseRelationships,
  readParts,
  relativeTarget,
  relsPartFor,
  resolveTarget,
  serialiseContentTypes,
  sourcePartOf,
  targetsOf,
  withAttribute,
  writeParts,
  type ContentTypes,
  type Parts,
} from './opc.js';
import {
  AXIS_ID_REFERENCE,
  BACKGROUND_PROPERTIES,
  CHART_GROUP,
  CHART_PART,
  NOTES_MASTER_PART,
  SHAPE_ELEMENT,
  SHAPE_TREE_PART,
  SLIDE_LIKE_PART,
  SLIDE_MASTER_PART,
  backgroundLacksEffects,
  declaredAxisIds,
  partNames,
  shapeIds,
  slidesInPresentationOrder,
} from './pptx-xml.js';
import { applyColorScheme, type ColorScheme } from './theme-colors.js';

export interface NormaliseOptions {
  /** Fixed created/modified date for every part and zip entry. */
  timestamp: Date;
  /** The brand colours for the theme parts (pptxgenjs writes Office's; see theme-colors.ts). */
  colorScheme?: ColorScheme;
}

/** Rewrites a pptxgenjs package: structurally sound for PowerPoint and byte-for-byte reproducible. */
export async function normalisePackage(
  pptx: Uint8Array,
  options: NormaliseOptions,
): Promise<Uint8Array> {
  const timestamp = checkedTimestamp(options.timestamp);
  const parts = await readParts(pptx);
  renumberChartParts(parts);
  removeOrphanChartAxisIds(parts);
  replaceRandomGuids(parts);
  renumberDuplicateShapeIds(parts);
  addMissingTextBodies(parts);
  addBackgroundEffectLists(parts);
  escapeCompanyName(parts);
  if (options.colorScheme !== undefined) applyColorScheme(parts, options.colorScheme);
  stripNotesMasterPlaceholders(parts);
  giveNotesMastersTheirOwnTheme(parts);
  await normaliseEmbeddedPackages(parts, timestamp);
  normalisePackageParts(parts, timestamp);
  return writeParts(parts, timestamp);
}

/** Zip entries carry DOS dates (years 1980–2107); a date outside them cannot be written faithfully. */
function checkedTimestamp(timestamp: Date): Date {
  if (Number.isNaN(timestamp.getTime())) {
    throw new RangeError('normalisePackage: timestamp is an invalid Date');
  }
  const year = timestamp.getUTCFullYear();
  if (year < 1980 || year > 2107) {
    throw new RangeError(`normalisePackage: timestamp year ${year} is outside 1980–2107`);
  }
  return timestamp;
}

// ---------------------------------------------------------------------------------------------
// Steps common to every OPC package (the deck and each embedded workbook)

function normalisePackageParts(parts: Parts, timestamp: Date): void {
  setCoreDates(parts, timestamp);
  dropDanglingUnreferencedRelationships(parts);
  rebuildContentTypes(parts);
}

/** pptxgenjs stamps `new Date()` into docProps/core.xml (deck and every chart workbook). */
function setCoreDates(parts: Parts, timestamp: Date): void {
  const corePart = targetsOf(parts, '', REL_TYPE.coreProperties)[0] ?? 'docProps/core.xml';
  const w3cdtf = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  editXml(parts, corePart, (xml) =>
    xml.replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_whole, open: string, _name: string, close: string) => `${open}${w3cdtf}${close}`,
    ),
  );
}

/**
 * A relationship to a part that is not in the package makes PowerPoint repair the file. When no
 * XML refers to its Id it can simply go; one that is still referred to is left for checkPackage to
 * report, because dropping it would break the referring element instead.
 */
function dropDanglingUnreferencedRelationships(parts: Parts): void {
  for (const relsName of [...parts.keys()].filter(isRelsPart)) {
    const source = sourcePartOf(relsName);
    if (source !== '' && !parts.has(source)) {
      parts.delete(relsName); // relationships of a part that does not exist
      continue;
    }
    const sourceXml = source === '' ? '' : decodeText(parts.get(source) as Uint8Array);
    editXml(parts, relsName, (xml) =>
      xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
        const [rel] = parseRelationships(tag);
        if (!rel || rel.external || parts.has(resolveTarget(source, rel.target))) return tag;
        return sourceXml.includes(`"${rel.id}"`) ? tag : '';
      }),
    );
  }
}

const CONTENT_TYPE = {
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  jpeg: 'image/jpeg',
} as const;

/** Content types by extension, for parts that have no Override. */
const KNOWN_DEFAULTS: Record<string, string> = {
  rels: CONTENT_TYPE.relationships,
  xml: CONTENT_TYPE.xml,
  jpeg: CONTENT_TYPE.jpeg,
  jpg: CONTENT_TYPE.jpeg,
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bin: 'application/vnd.openxmlformats-officedocument.oleObject',
};

const OFFICE = 'application/vnd.openxmlformats-officedocument';
/** Override content types for the XML parts an OOXML package must not leave as plain application/xml. */
const KNOWN_OVERRIDES: Array<[RegExp, string]> = [
  [/^ppt\/presentation\.xml$/, `${OFFICE}.presentationml.presentation.main+xml`],
  [/^ppt\/slides\/slide\d+\.xml$/, `${OFFICE}.presentationml.slide+xml`],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, `${OFFICE}.presentationml.slideLayout+xml`],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, `${OFFICE}.presentationml.slideMaster+xml`],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, `${OFFICE}.presentationml.notesSlide+xml`],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, `${OFFICE}.presentationml.notesMaster+xml`],
  [/^ppt\/presProps\.xml$/, `${OFFICE}.presentationml.presProps+xml`],
  [/^ppt\/viewProps\.xml$/, `${OFFICE}.presentationml.viewProps+xml`],
  [/^ppt\/tableStyles\.xml$/, `${OFFICE}.presentationml.tableStyles+xml`],
  [/^ppt\/charts\/chart\d+\.xml$/, `${OFFICE}.drawingml.chart+xml`],
  [/^(?:ppt|xl)\/theme\/theme\d+\.xml$/, `${OFFICE}.theme+xml`],
  [/^xl\/workbook\.xml$/, `${OFFICE}.spreadsheetml.sheet.main+xml`],
  [/^xl\/worksheets\/sheet\d+\.xml$/, `${OFFICE}.spreadsheetml.worksheet+xml`],
  [/^xl\/styles\.xml$/, `${OFFICE}.spreadsheetml.styles+xml`],
  [/^xl\/sharedStrings\.xml$/, `${OFFICE}.spreadsheetml.sharedStrings+xml`],
  [/^xl\/tables\/table\d+\.xml$/, `${OFFICE}.spreadsheetml.table+xml`],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, `${OFFICE}.extended-properties+xml`],
];

/**
 * Rebuilds [Content_Types].xml from the parts that exist: Overrides only for existing parts (#1444
 * phantom slideMasterN), JPEG as image/jpeg (#1462), Defaults only for extensions in use (#1449).
 */
function rebuildContentTypes(parts: Parts): void {
  const existingXml = parts.get(CONTENT_TYPES_PART);
  const existing: ContentTypes = existingXml
    ? parseContentTypes(decodeText(existingXml))
    : { defaults: new Map(), overrides: new Map() };
  const rebuilt: ContentTypes = {
    defaults: new Map([
      ['rels', CONTENT_TYPE.relationships],
      ['xml', existing.defaults.get('xml') ?? CONTENT_TYPE.xml],
    ]),
    overrides: new Map(),
  };
  for (const name of parts.keys()) {
    if (name === CONTENT_TYPES_PART) continue;
    const override =
      existing.overrides.get(name) ?? KNOWN_OVERRIDES.find(([pattern]) => pattern.test(name))?.[1];
    if (override !== undefined) {
      rebuilt.overrides.set(name, isJpeg(name) ? CONTENT_TYPE.jpeg : override);
      continue;
    }
    const extension = extensionOf(name);
    const byExtension = isJpeg(name)
      ? CONTENT_TYPE.jpeg
      : (existing.defaults.get(extension) ?? KNOWN_DEFAULTS[extension]);
    if (byExtension !== undefined && !rebuilt.defaults.has(extension)) {
      rebuilt.defaults.set(extension, byExtension);
    }
  }
  parts.set(CONTENT_TYPES_PART, encodeText(serialiseContentTypes(rebuilt)));
}

function isJpeg(partName: string): boolean {
  return ['jpg', 'jpeg'].includes(extensionOf(partName));
}

// ---------------------------------------------------------------------------------------------
// Chart part names: pptxgenjs numbers charts with a module-level counter shared by every
// presentation built in the process, so the 2nd identical deck names its charts chart5..8.

const EMBEDDED_WORKBOOK_PART = /^ppt\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/;

function renumberChartParts(parts: Parts): void {
  renameParts(
    parts,
    numberByFirstReference(parts, CHART_PART, (n) => `ppt/charts/chart${n}.xml`),
  );
  renameParts(
    parts,
    numberByFirstReference(
      parts,
      EMBEDDED_WORKBOOK_PART,
      (n) => `ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`,
    ),
  );
}

/** Maps each part of a family to `nameFor(1..N)`, in the order the deck first refers to them. */
function numberByFirstReference(
  parts: Parts,
  family: RegExp,
  nameFor: (n: number) => string,
): Map<string, string> {
  const order: string[] = [];
  for (const source of sourcesInReadingOrder(parts)) {
    for (const target of targetsOf(parts, source)) {
      if (family.test(target) && parts.has(target) && !order.includes(target)) order.push(target);
    }
  }
  for (const unreferenced of partNames(parts, family)) {
    if (!order.includes(unreferenced)) order.push(unreferenced);
  }
  return new Map(order.map((name, index) => [name, nameFor(index + 1)]));
}

/** Slides in presentation order first, then every other part that has relationships. */
function sourcesInReadingOrder(parts: Parts): string[] {
  const slides = slidesInPresentationOrder(parts);
  const others = [...parts.keys()]
    .filter(isRelsPart)
    .map(sourcePartOf)
    .filter((source) => !slides.includes(source))
    .sort(naturalCompare);
  return [...slides, ...others];
}

/** Renames parts (and their .rels), rewriting every relationship target and Override that names them. */
function renameParts(parts: Parts, mapping: Map<string, string>): void {
  if ([...mapping].every(([from, to]) => from === to)) return;
  const relsMapping = new Map(
    [...mapping].map(([from, to]) => [relsPartFor(from), relsPartFor(to)]),
  );
  const renamed: Parts = new Map();
  for (const [name, bytes] of parts) {
    const newName = mapping.get(name) ?? relsMapping.get(name) ?? name;
    renamed.set(newName, isRelsPart(name) ? retargetRelationships(name, bytes, mapping) : bytes);
  }
  const types = renamed.get(CONTENT_TYPES_PART);
  if (types) {
    const parsed = parseContentTypes(decodeText(types));
    parsed.overrides = new Map(
      [...parsed.overrides].map(([part, type]) => [mapping.get(part) ?? part, type]),
    );
    renamed.set(CONTENT_TYPES_PART, encodeText(serialiseContentTypes(parsed)));
  }
  parts.clear();
  for (const [name, bytes] of renamed) parts.set(name, bytes);
}

function retargetRelationships(
  relsName: string,
  bytes: Uint8Array,
  mapping: Map<string, string>,
): Uint8Array {
  const source = sourcePartOf(relsName);
  const newSource = mapping.get(source) ?? source;
  const xml = decodeText(bytes).replace(/<Relationship\b[^>]*>/g, (tag) => {
    const [rel] = parseRelationships(tag);
    if (!rel || rel.external) return tag;
    const target = resolveTarget(source, rel.target);
    const newTarget = mapping.get(target) ?? target;
    if (newTarget === target && newSource === source) return tag;
    const written = rel.target.startsWith('/')
      ? `/${newTarget}`
      : relativeTarget(newSource, newTarget);
    return withAttribute(tag, 'Target', written);
  });
  return encodeText(xml);
}

// ---------------------------------------------------------------------------------------------
// Part contents

/** #1534: 2D bar/line groups list a third axis id (the 3D series axis) that no axis declares. */
function removeOrphanChartAxisIds(parts: Parts): void {
  for (const chart of partNames(parts, CHART_PART)) {
    editXml(parts, chart, (xml) => {
      const declared = declaredAxisIds(xml);
      return xml.replace(CHART_GROUP, (group) =>
        group.replace(AXIS_ID_REFERENCE, (reference, id: string) =>
          declared.has(id) ? reference : '',
        ),
      );
    });
  }
}

/**
 * pptxgenjs draws some ids from Math.random (getUuid): scatter label field ids and c16:uniqueId in
 * charts, p14:section ids in presentation.xml. Replace them with ids derived from part and position.
 */
const RANDOM_GUID_SITES: Array<{ parts: RegExp; guid: RegExp }> = [
  { parts: CHART_PART, guid: /(<a:fld\b[^>]*?\sid=")(\{[0-9A-Fa-f-]{36}\})(")/g },
  { parts: CHART_PART, guid: /(<c16:uniqueId\b[^>]*?\sval=")(\{[0-9A-Fa-f-]{36}\})(")/g },
  {
    parts: /^ppt\/presentation\.xml$/,
    guid: /(<p14:section\b[^>]*?\sid=")(\{[0-9A-Fa-f-]{36}\})(")/g,
  },
];

function replaceRandomGuids(parts: Parts): void {
  RANDOM_GUID_SITES.forEach((site, siteIndex) => {
    for (const name of partNames(parts, site.parts)) {
      let ordinal = 0;
      editXml(parts, name, (xml) =>
        xml.replace(site.guid, (_whole, before: string, _guid: string, after: string) => {
          return `${before}${stableGuid(`${name}|${siteIndex}|${ordinal++}`)}${after}`;
        }),
      );
    }
  });
}

function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * #1532: a table's `p:cNvPr` id is computed by a different formula than other shapes', so a slide
 * with a table and a text box has two shapes with id 2. The first keeps its id; later duplicates
 * get fresh ids above the slide's highest.
 */
function renumberDuplicateShapeIds(parts: Parts): void {
  for (const name of partNames(parts, SHAPE_TREE_PART)) {
    editXml(parts, name, (xml) => {
      const numeric = shapeIds(xml)
        .map((shape) => Number(shape.id))
        .filter(Number.isFinite);
      let next = Math.max(0, ...numeric) + 1;
      const seen = new Set<string>();
      return xml.replace(/<p:cNvPr\b[^>]*>/g, (tag) => {
        const id = attribute(tag, 'id') ?? '';
        if (!seen.has(id)) {
          seen.add(id);
          return tag;
        }
        const fresh = String(next++);
        seen.add(fresh);
        return withAttribute(tag, 'id', fresh);
      });
    });
  }
}

const EMPTY_TEXT_BODY =
  '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody>';

/**
 * #1441: a shape added without text (an accent bar, a divider) is written without `p:txBody`;
 * PowerPoint's repair adds exactly this empty text body, so write it ourselves.
 */
function addMissingTextBodies(parts: Parts): void {
  for (const name of partNames(parts, SLIDE_LIKE_PART)) {
    editXml(parts, name, (xml) =>
      xml.replace(SHAPE_ELEMENT, (shape) =>
        shape.includes('<p:txBody')
          ? shape
          : shape.replace(
              /(<\/p:spPr>|<p:spPr\/>)(\s*<p:style>[\s\S]*?<\/p:style>)?/,
              `$1$2${EMPTY_TEXT_BODY}`,
            ),
      ),
    );
  }
}

/** #1442: a solid-colour background's `p:bgPr` needs an effect list after the fill (before any extLst). */
function addBackgroundEffectLists(parts: Parts): void {
  for (const name of partNames(parts, SHAPE_TREE_PART)) {
    editXml(parts, name, (xml) =>
      xml.replace(BACKGROUND_PROPERTIES, (bgPr) => {
        if (!backgroundLacksEffects(bgPr)) return bgPr;
        const extensions = bgPr.search(/<p:extLst\b/);
        const at = extensions === -1 ? bgPr.lastIndexOf('</p:bgPr>') : extensions;
        return `${bgPr.slice(0, at)}<a:effectLst/>${bgPr.slice(at)}`;
      }),
    );
  }
}

/** #1427: `company` goes into docProps/app.xml unescaped, so "Smith & Sons" breaks the XML. */
function escapeCompanyName(parts: Parts): void {
  editXml(parts, 'docProps/app.xml', (xml) =>
    xml.replace(
      /<Company>([\s\S]*)<\/Company>/,
      (_whole, name: string) => `<Company>${escapeXml(decodeXmlEntities(name))}</Company>`,
    ),
  );
}

/**
 * #1443/#1449: PowerPoint's repair deletes the six placeholder shapes pptxgenjs writes into the
 * notes master (the reports do not say which detail it objects to). Write what the repair leaves,
 * an empty shape tree, so there is nothing to repair. Speaker notes live in the notes slides and
 * are untouched; only the Notes Page layout loses the master's placeholder positions.
 */
function stripNotesMasterPlaceholders(parts: Parts): void {
  for (const name of partNames(parts, NOTES_MASTER_PART)) {
    editXml(parts, name, (xml) => xml.replace(SHAPE_ELEMENT, ''));
  }
}

/**
 * #1449: the notes master shares the slide master's theme1.xml. PowerPoint (and python-pptx) give
 * the notes master a theme part of its own; copy the shared theme and point the notes master at it.
 */
function giveNotesMastersTheirOwnTheme(parts: Parts): void {
  const slideMasterThemes = new Set(
    partNames(parts, SLIDE_MASTER_PART).flatMap((master) =>
      targetsOf(parts, master, REL_TYPE.theme),
    ),
  );
  for (const notesMaster of partNames(parts, NOTES_MASTER_PART)) {
    editXml(parts, relsPartFor(notesMaster), (xml) =>
      xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
        const [rel] = parseRelationships(tag);
        if (!rel || rel.external || rel.type !== REL_TYPE.theme) return tag;
        const shared = resolveTarget(notesMaster, rel.target);
        const theme = parts.get(shared);
        if (!theme || !slideMasterThemes.has(shared)) return tag;
        const own = unusedThemeName(parts);
        parts.set(own, theme);
        const themeRels = parts.get(relsPartFor(shared));
        if (themeRels) parts.set(relsPartFor(own), themeRels);
        return withAttribute(tag, 'Target', relativeTarget(notesMaster, own));
      }),
    );
  }
}

function unusedThemeName(parts: Parts): string {
  let n = 1;
  while (parts.has(`ppt/theme/theme${n}.xml`)) n++;
  return `ppt/theme/theme${n}.xml`;
}

/** Chart workbooks are packages too, with their own `new Date()` core.xml and zip entry dates. */
/**
 * pptxgenjs writes a chart value of 0 into the embedded workbook as an empty cell
 * (`values[i] || ''`, PptxGenJS #1430, PR #1331): "Edit Data" showed blanks where the chart shows
 * zeros, and editing the data turned zero points into gaps. Every value kamdeck charts is a
 * number, so an empty value cell (one without `t="s"`) stands for 0.
 */
function writeZeroValueCells(parts: Parts): void {
  for (const sheet of partNames(parts, /^xl\/worksheets\/sheet\d+\.xml$/)) {
    editXml(parts, sheet, (xml) =>
      xml.replace(/(<c r="[A-Z]+\d+">)<v><\/v>(<\/c>)/g, '$1<v>0</v>$2'),
    );
  }
}

async function normaliseEmbeddedPackages(parts: Parts, timestamp: Date): Promise<void> {
  for (const [name, bytes] of [...parts]) {
    if (!name.startsWith('ppt/embeddings/') || !looksLikeZip(bytes)) continue;
    const embedded = await readParts(bytes);
    writeZeroValueCells(embedded);
    normalisePackageParts(embedded, timestamp);
    // Stored, not deflated: the deck's own zip compresses the workbook's XML, and deflating it
    // twice cost time for a larger file.
    parts.set(name, await writeParts(embedded, timestamp, 'store'));
  }
}

// ---------------------------------------------------------------------------------------------

/** Applies a text edit to an XML part, if the part exists; bytes are only replaced when the text changed. */
function editXml(parts: Parts, name: string, edit: (xml: string) => string): void {
  const bytes = parts.get(name);
  if (!bytes) return;
  const before = decodeText(bytes);
  const after = edit(before);
  if (after !== before) parts.set(name, encodeText(after));
}
