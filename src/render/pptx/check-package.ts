/**
 * Structural checks on a .pptx package: the mistakes that make PowerPoint show "PowerPoint found a
 * problem with content … Repair" (see KNOWN-DEFECTS.md). Cheap enough to run on every deck in tests.
 * It is not a schema validator: a clean result means none of the known defects are present.
 */
import {
  CONTENT_TYPES_PART,
  REL_TYPE,
  attribute,
  contentTypeOf,
  decodeText,
  extensionOf,
  isRelsPart,
  looksLikeZip,
  parseContentTypes,
  parseRelationships,
  readParts,
  relationshipsOf,
  resolveTarget,
  sourcePartOf,
  type Parts,
} from './opc.js';
import { PptxGenJS } from './pptxgen.js';
import {
  BACKGROUND_PROPERTIES,
  CHART_PART,
  NOTES_SLIDE_PART,
  PRESENTATION_PART,
  SHAPE_ELEMENT,
  SHAPE_TREE_PART,
  SLIDE_LIKE_PART,
  backgroundLacksEffects,
  orphanAxisIds,
  partNames,
  presentationIdList,
  shapeIds,
} from './pptx-xml.js';
import { findXmlError } from './xml-wellformed.js';

export interface PackageProblem {
  /** Part name (zip entry) the problem is in; `<workbook>!<part>` inside an embedded workbook. */
  part: string;
  problem: string;
}

/** Lists the structural problems of a package; an empty array when none were found. */
export async function checkPackage(pptx: Uint8Array): Promise<PackageProblem[]> {
  let parts: Parts;
  try {
    parts = await readParts(pptx);
  } catch (error) {
    return [{ part: '(package)', problem: `not a readable zip: ${(error as Error).message}` }];
  }
  return [
    ...checkOpcStructure(parts),
    ...checkPresentationLists(parts),
    ...checkShapeIds(parts),
    ...checkNotesSlides(parts),
    ...checkDrawingMarkup(parts),
    ...(await checkCharts(parts)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Package level (also applied to embedded workbooks)

function checkOpcStructure(parts: Parts, prefix = ''): PackageProblem[] {
  return [...checkContentTypes(parts), ...checkWellFormed(parts), ...checkRelationships(parts)].map(
    ({ part, problem }) => ({ part: prefix + part, problem }),
  );
}

function checkContentTypes(parts: Parts): PackageProblem[] {
  const xml = parts.get(CONTENT_TYPES_PART);
  if (!xml) return [{ part: CONTENT_TYPES_PART, problem: 'missing' }];
  const problems: PackageProblem[] = [];
  const types = parseContentTypes(decodeText(xml));
  for (const partName of types.overrides.keys()) {
    if (!parts.has(partName)) {
      problems.push({
        part: CONTENT_TYPES_PART,
        problem: `Override names /${partName}, which is not in the package`,
      });
    }
  }
  for (const [extension, type] of types.defaults) {
    if (['jpg', 'jpeg'].includes(extension) && type !== 'image/jpeg') {
      problems.push({
        part: CONTENT_TYPES_PART,
        problem: `Default for .${extension} is ${type}; JPEG must be image/jpeg`,
      });
    }
  }
  for (const name of parts.keys()) {
    if (name === CONTENT_TYPES_PART) continue;
    const type = contentTypeOf(types, name);
    if (type === undefined) {
      problems.push({
        part: name,
        problem: `has no content type (no Override, no Default for ".${extensionOf(name)}")`,
      });
    } else if (['jpg', 'jpeg'].includes(extensionOf(name)) && type !== 'image/jpeg') {
      problems.push({ part: name, problem: `JPEG typed ${type}; must be image/jpeg` });
    }
  }
  return problems;
}

function checkWellFormed(parts: Parts): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const [name, bytes] of parts) {
    if (!['xml', 'rels', 'vml'].includes(extensionOf(name))) continue;
    const error = findXmlError(decodeText(bytes));
    if (error) problems.push({ part: name, problem: `not well-formed XML: ${error}` });
  }
  return problems;
}

/** Every internal target exists, Ids are unique, and every r:id used in a part is declared. */
function checkRelationships(parts: Parts): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const relsName of [...parts.keys()].filter(isRelsPart)) {
    const source = sourcePartOf(relsName);
    if (source !== '' && !parts.has(source)) {
      problems.push({
        part: relsName,
        problem: `describes ${source}, which is not in the package`,
      });
    }
    const seen = new Set<string>();
    for (const rel of parseRelationships(decodeText(parts.get(relsName) as Uint8Array))) {
      if (seen.has(rel.id))
        problems.push({ part: relsName, problem: `duplicate relationship Id ${rel.id}` });
      seen.add(rel.id);
      if (rel.external) continue;
      const target = resolveTarget(source, rel.target);
      if (!parts.has(target)) {
        problems.push({
          part: relsName,
          problem: `${rel.id} targets ${target}, which is not in the package`,
        });
      }
    }
  }
  for (const [name, bytes] of parts) {
    if (extensionOf(name) !== 'xml' || name === CONTENT_TYPES_PART) continue;
    const declared = new Set(relationshipsOf(parts, name).map((rel) => rel.id));
    const used = [
      ...decodeText(bytes).matchAll(/\sr:(?:id|embed|link|pict|dm|lo|qs|cs)="([^"]+)"/g),
    ];
    for (const id of new Set(used.map((match) => match[1] as string))) {
      if (!declared.has(id))
        problems.push({
          part: name,
          problem: `uses relationship ${id}, which its .rels does not declare`,
        });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// PresentationML

function checkPresentationLists(parts: Parts): PackageProblem[] {
  if (!parts.has(PRESENTATION_PART)) return [{ part: PRESENTATION_PART, problem: 'missing' }];
  const problems: PackageProblem[] = [];
  for (const master of presentationIdList(parts, 'sldMasterId')) {
    if (master.target === undefined || !parts.has(master.target)) {
      problems.push({
        part: PRESENTATION_PART,
        problem: `sldMasterId ${master.relId} refers to ${master.target ?? 'no relationship'}, which does not exist`,
      });
    }
  }
  const slideIds = new Set<string>();
  for (const slide of presentationIdList(parts, 'sldId')) {
    const id = Number(slide.id);
    if (!Number.isInteger(id) || id < 256 || id >= 2147483648) {
      problems.push({
        part: PRESENTATION_PART,
        problem: `sldId id="${slide.id ?? ''}" is outside 256..2147483647`,
      });
    }
    if (slideIds.has(slide.id ?? ''))
      problems.push({ part: PRESENTATION_PART, problem: `duplicate sldId id="${slide.id}"` });
    slideIds.add(slide.id ?? '');
    if (slide.target === undefined || !parts.has(slide.target)) {
      problems.push({
        part: PRESENTATION_PART,
        problem: `sldId ${slide.relId} refers to ${slide.target ?? 'no relationship'}, which does not exist`,
      });
    }
  }
  return problems;
}

/** Shape ids identify shapes for animations, comments and connectors: duplicates trigger repair (#1532). */
function checkShapeIds(parts: Parts): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const name of partNames(parts, SHAPE_TREE_PART)) {
    const firstNamed = new Map<string, string>();
    for (const shape of shapeIds(decodeText(parts.get(name) as Uint8Array))) {
      const earlier = firstNamed.get(shape.id);
      if (earlier !== undefined) {
        problems.push({
          part: name,
          problem: `duplicate p:cNvPr id ${shape.id} ("${earlier}" and "${shape.name}")`,
        });
      } else {
        firstNamed.set(shape.id, shape.name);
      }
    }
  }
  return problems;
}

/** Each notes slide belongs to an existing slide, and that slide points back to it. */
function checkNotesSlides(parts: Parts): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const notes of partNames(parts, NOTES_SLIDE_PART)) {
    const [slideRel, ...extra] = relationshipsOf(parts, notes).filter(
      (rel) => !rel.external && rel.type === REL_TYPE.slide,
    );
    if (!slideRel || extra.length > 0) {
      problems.push({
        part: notes,
        problem: `has ${extra.length + (slideRel ? 1 : 0)} slide relationships; expected 1`,
      });
      continue;
    }
    const slide = resolveTarget(notes, slideRel.target);
    if (!parts.has(slide)) {
      problems.push({ part: notes, problem: `belongs to ${slide}, which does not exist` });
      continue;
    }
    const back = relationshipsOf(parts, slide)
      .filter((rel) => !rel.external && rel.type === REL_TYPE.notesSlide)
      .map((rel) => resolveTarget(slide, rel.target));
    if (!back.includes(notes))
      problems.push({ part: notes, problem: `${slide} does not refer back to it` });
  }
  return problems;
}

/** Preset geometry names pptxgenjs knows (its ShapeType enum mirrors DrawingML's ST_ShapeType). */
const PRESET_SHAPES: ReadonlySet<string> = new Set(
  Object.values(new PptxGenJS().ShapeType as Record<string, string>),
);

/**
 * Attribute and element values PowerPoint rejects although the XML is well-formed: colours that are
 * not RRGGBB (#588), NaN/undefined numbers (#1440), unknown preset shapes (#1449, e.g. "oval"),
 * shapes without a text body (#1441), colour backgrounds without an effect list (#1442).
 */
function checkDrawingMarkup(parts: Parts): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const [name, bytes] of parts) {
    if (!name.startsWith('ppt/') || extensionOf(name) !== 'xml') continue;
    const xml = decodeText(bytes);
    const report = (problem: string): void => void problems.push({ part: name, problem });
    for (const [tag] of xml.matchAll(/<a:srgbClr\b[^>]*>/g)) {
      const value = attribute(tag, 'val') ?? '';
      if (!/^[0-9A-Fa-f]{6}$/.test(value)) report(`a:srgbClr val="${value}" is not RRGGBB hex`);
    }
    for (const [, attr, value] of xml.matchAll(/\s([\w:]+)="(NaN|undefined|null|-?Infinity)"/g)) {
      report(`attribute ${attr}="${value}"`);
    }
    for (const [, preset] of xml.matchAll(/<a:prstGeom\s+prst="([^"]*)"/g)) {
      if (!PRESET_SHAPES.has(preset as string)) report(`unknown preset shape "${preset}"`);
    }
    if (SLIDE_LIKE_PART.test(name)) {
      for (const [shape] of xml.matchAll(SHAPE_ELEMENT)) {
        if (!shape.includes('<p:txBody'))
          report(`shape "${attribute(shape, 'name') ?? ''}" has no p:txBody`);
      }
    }
    if (SHAPE_TREE_PART.test(name)) {
      for (const [bgPr] of xml.matchAll(BACKGROUND_PROPERTIES)) {
        if (backgroundLacksEffects(bgPr)) report('background p:bgPr has no a:effectLst');
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Charts

/** Each chart has its data workbook (a valid package with xl/workbook.xml) and no orphan axis ids. */
async function checkCharts(parts: Parts): Promise<PackageProblem[]> {
  const problems: PackageProblem[] = [];
  for (const chart of partNames(parts, CHART_PART)) {
    for (const orphan of orphanAxisIds(decodeText(parts.get(chart) as Uint8Array))) {
      problems.push({
        part: chart,
        problem: `chart group refers to axis ${orphan}, which the chart does not declare`,
      });
    }
    const workbooks = relationshipsOf(parts, chart).filter(
      (rel) => !rel.external && rel.type === REL_TYPE.package,
    );
    if (workbooks.length === 0) {
      problems.push({ part: chart, problem: 'has no relationship to an embedded workbook' });
      continue;
    }
    for (const rel of workbooks) {
      const workbook = resolveTarget(chart, rel.target);
      const bytes = parts.get(workbook);
      if (bytes) problems.push(...(await checkWorkbook(workbook, bytes)));
    }
  }
  return problems;
}

async function checkWorkbook(name: string, bytes: Uint8Array): Promise<PackageProblem[]> {
  if (!looksLikeZip(bytes)) return [{ part: name, problem: 'embedded workbook is not a zip' }];
  let workbook: Parts;
  try {
    workbook = await readParts(bytes);
  } catch (error) {
    return [
      { part: name, problem: `embedded workbook does not open: ${(error as Error).message}` },
    ];
  }
  const problems = checkOpcStructure(workbook, `${name}!`);
  if (!workbook.has('xl/workbook.xml'))
    problems.push({ part: name, problem: 'embedded workbook has no xl/workbook.xml' });
  return problems;
}
