/**
 * PresentationML / DrawingML knowledge shared by `normalise-package.ts` and `check-package.ts`:
 * which part names mean what, slide order, chart axis ids and shape ids.
 */
import {
  attribute,
  decodeText,
  naturalCompare,
  relationshipsOf,
  resolveTarget,
  type Parts,
} from './opc.js';

export const PRESENTATION_PART = 'ppt/presentation.xml';
export const SLIDE_PART = /^ppt\/slides\/slide\d+\.xml$/;
export const SLIDE_MASTER_PART = /^ppt\/slideMasters\/slideMaster\d+\.xml$/;
export const NOTES_SLIDE_PART = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
export const NOTES_MASTER_PART = /^ppt\/notesMasters\/notesMaster\d+\.xml$/;
export const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;
/** Every part that carries a `p:spTree`, where `p:cNvPr` ids must be unique. */
export const SHAPE_TREE_PART =
  /^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters|handoutMasters)\/[^/]+\.xml$/;

/** Slides, layouts and masters: the parts whose shapes PowerPoint renders and edits. */
export const SLIDE_LIKE_PART = /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;

/** A whole `p:sp` element (they never nest; `p:spTree` does not match). */
export const SHAPE_ELEMENT = /<p:sp(?:\s[^>]*)?>[\s\S]*?<\/p:sp>/g;
/** A whole `p:bgPr` (slide, layout or master background). */
export const BACKGROUND_PROPERTIES = /<p:bgPr\b[^>]*>[\s\S]*?<\/p:bgPr>/g;

/** #1442: PowerPoint writes an effect list after the background fill; pptxgenjs omits it for colours. */
export function backgroundLacksEffects(bgPr: string): boolean {
  return !/<a:effect(?:Lst|Dag)\b/.test(bgPr);
}

/** Names of the parts matching `pattern`, in natural order (slide2 before slide10). */
export function partNames(parts: Parts, pattern: RegExp): string[] {
  return [...parts.keys()].filter((name) => pattern.test(name)).sort(naturalCompare);
}

export interface IdListEntry {
  /** The `id` attribute (absent on notesMasterId). */
  id: string | undefined;
  /** The `r:id` attribute. */
  relId: string;
  /** The part the relationship points to, or undefined when presentation.xml.rels has no such Id. */
  target: string | undefined;
}

/**
 * Entries of one of presentation.xml's id lists (`sldIdLst`/`sldId`, `sldMasterIdLst`/`sldMasterId`,
 * `notesMasterIdLst`/`notesMasterId`), each resolved through presentation.xml.rels.
 */
export function presentationIdList(
  parts: Parts,
  item: 'sldId' | 'sldMasterId' | 'notesMasterId',
): IdListEntry[] {
  const bytes = parts.get(PRESENTATION_PART);
  if (!bytes) return [];
  const rels = new Map(relationshipsOf(parts, PRESENTATION_PART).map((rel) => [rel.id, rel]));
  return [...decodeText(bytes).matchAll(new RegExp(`<p:${item}\\b[^>]*>`, 'g'))].map(([tag]) => {
    const relId = attribute(tag, 'r:id') ?? '';
    const rel = rels.get(relId);
    return {
      id: attribute(tag, 'id'),
      relId,
      target: rel && !rel.external ? resolveTarget(PRESENTATION_PART, rel.target) : undefined,
    };
  });
}

/** Slide part names in the order the deck shows them (presentation.xml's sldIdLst). */
export function slidesInPresentationOrder(parts: Parts): string[] {
  return presentationIdList(parts, 'sldId')
    .map((entry) => entry.target)
    .filter((target): target is string => target !== undefined);
}

/** Ids of the axes a chart actually declares (`c:catAx`, `c:valAx`, `c:dateAx`, `c:serAx`). */
export function declaredAxisIds(chartXml: string): Set<string> {
  const ids = new Set<string>();
  for (const match of chartXml.matchAll(
    /<c:(catAx|valAx|dateAx|serAx)\b[^>]*>[\s\S]*?<c:axId\s+val="(\d+)"/g,
  )) {
    ids.add(match[2] as string);
  }
  return ids;
}

/** Chart-group elements (`c:barChart`, `c:lineChart`, …): each lists the axes it is plotted on. */
export const CHART_GROUP = /<c:(\w+Chart)\b[^>]*>[\s\S]*?<\/c:\1>/g;
export const AXIS_ID_REFERENCE = /<c:axId\s+val="(\d+)"\s*\/>/g;

/** Axis ids that a chart group refers to but no axis element declares (pptxgenjs #1534). */
export function orphanAxisIds(chartXml: string): string[] {
  const declared = declaredAxisIds(chartXml);
  const orphans = new Set<string>();
  for (const [group] of chartXml.matchAll(CHART_GROUP)) {
    for (const match of group.matchAll(AXIS_ID_REFERENCE)) {
      const id = match[1] as string;
      if (!declared.has(id)) orphans.add(id);
    }
  }
  return [...orphans];
}

export interface ShapeId {
  id: string;
  name: string;
}

/** Every `p:cNvPr` id (and shape name) in a part, in document order. */
export function shapeIds(xml: string): ShapeId[] {
  return [...xml.matchAll(/<p:cNvPr\b[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, 'id') ?? '',
    name: attribute(tag, 'name') ?? '',
  }));
}
