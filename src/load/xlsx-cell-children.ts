/**
 * The less common children of a worksheet cell, read when the scanner meets them: a `<v>` with
 * attributes, a formula (`<f t="shared" ref="C2:C9" si="0">B2*2</f>`) and an inline string
 * (`<is>`); anything else inside a cell is skipped.
 */
import type { RawCell } from './xlsx-raw-cell.js';
import { readInlineString } from './xlsx-shared-strings.js';
import { AttributeCursor, DamagedXml, endsName, LT, SLASH, tagEnd } from './xml-text.js';

const F = 0x66;
const I = 0x69;
const S = 0x73;
const V = 0x76;

function textEnd(xml: Buffer, from: number, end: number): number {
  const at = xml.indexOf(LT, from);
  if (at === -1 || at >= end) throw new DamagedXml('a cell is not closed');
  return at;
}

function readFormulaTag(xml: Buffer, raw: RawCell, from: number, close: number): void {
  const attributes = new AttributeCursor(xml);
  raw.formula = true;
  attributes.reset(from, close);
  while (attributes.next()) {
    if (attributes.is('t')) raw.formulaType = attributes.value();
    else if (attributes.is('ref')) raw.formulaRef = attributes.valueEnd > attributes.valueStart;
    else if (attributes.is('si')) raw.formulaSi = attributes.value();
  }
}

/** Reads the child element of a cell opened at `open` into `raw`; returns the offset after it. */
export function readCellChild(xml: Buffer, raw: RawCell, open: number, end: number): number {
  const close = tagEnd(xml, open);
  const next = xml[open + 1];
  const empty = xml[close - 1] === SLASH;
  if (next === V && endsName(xml[open + 2]) && !empty) {
    raw.valueStart = close + 1;
    raw.valueEnd = textEnd(xml, close + 1, end);
    return raw.valueEnd;
  }
  if (next === F && endsName(xml[open + 2])) {
    readFormulaTag(xml, raw, open + 2, close);
    if (empty) return close + 1;
    raw.formulaStart = close + 1;
    raw.formulaEnd = textEnd(xml, close + 1, end);
    return raw.formulaEnd;
  }
  if (next === I && xml[open + 2] === S && endsName(xml[open + 3]) && !empty) {
    const inlineEnd = xml.indexOf('</is>', close);
    if (inlineEnd === -1 || inlineEnd >= end)
      throw new DamagedXml('an inline string is not closed');
    raw.inline = readInlineString(xml, close + 1, inlineEnd);
    return inlineEnd;
  }
  return close + 1;
}
