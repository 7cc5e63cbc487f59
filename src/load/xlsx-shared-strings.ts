/**
 * xl/sharedStrings.xml: the table of texts that `t="s"` cells point into. Read on bytes, one
 * string at a time: plain `<t>` text, rich text runs (`<r><t>…</t></r>`) concatenated, phonetic
 * guides (`<rPh>`) left out, XML entities and Excel's `_xHHHH_` escapes decoded as exceljs does.
 */
import {
  DamagedXml,
  decodeExcelEscapes,
  decodeText,
  endsName,
  GT,
  LT,
  SLASH,
  tagEnd,
} from './xml-text.js';

const T = 0x74;

/** True when the element name starting at `at` is `name`. */
function nameIs(xml: Buffer, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) {
    if (xml[at + i] !== name.charCodeAt(i)) return false;
  }
  return endsName(xml[at + name.length]);
}

const isTag = (xml: Buffer, open: number, name: string): boolean => nameIs(xml, open + 1, name);

function closingIndex(xml: Buffer, from: number, close: string): number {
  const at = xml.indexOf(close, from);
  if (at === -1) throw new DamagedXml(`missing ${close}`);
  return at;
}

function textEnd(xml: Buffer, from: number): number {
  let at = from;
  while (at < xml.length && xml[at] !== LT) at += 1;
  if (at >= xml.length) throw new DamagedXml('unterminated text');
  return at;
}

const PLAIN_ITEM_END = '</t></si>';

/**
 * Most items are one plain `<t>text</t>`: when the item at `from` (just after `<si>`) is, returns
 * where its text ends, else -1.
 */
function plainItemEnd(xml: Buffer, from: number): number {
  if (xml[from] !== LT || xml[from + 1] !== T || xml[from + 2] !== GT) return -1;
  const end = textEnd(xml, from + 3);
  for (let i = 0; i < PLAIN_ITEM_END.length; i += 1) {
    if (xml[end + i] !== PLAIN_ITEM_END.charCodeAt(i)) return -1;
  }
  return end;
}

/**
 * Every shared string, by index: each `<si>` is the text of its `<t>` elements (one, or one per
 * rich text run) outside phonetic guides; an empty `<si/>` is an empty string.
 */
export function readSharedStrings(xml: Buffer | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  /** The text of the item being read; undefined between items. */
  let item: string | undefined;
  for (let at = 0; ;) {
    while (at < xml.length && xml[at] !== LT) at += 1;
    if (at >= xml.length) break;
    const close = tagEnd(xml, at);
    const empty = xml[close - 1] === SLASH;
    if (xml[at + 1] === SLASH) {
      if (nameIs(xml, at + 2, 'si')) {
        if (item !== undefined) strings.push(item);
        item = undefined;
      }
      at = close + 1;
    } else if (isTag(xml, at, 'si')) {
      const plainEnd = empty ? -1 : plainItemEnd(xml, close + 1);
      if (plainEnd !== -1) {
        strings.push(decodeExcelEscapes(decodeText(xml, close + 4, plainEnd)));
        at = plainEnd + PLAIN_ITEM_END.length;
        continue;
      }
      if (empty) strings.push('');
      item = empty ? undefined : '';
      at = close + 1;
    } else if (isTag(xml, at, 'rPh') && !empty) {
      at = closingIndex(xml, close, '</rPh>');
    } else if (item !== undefined && xml[at + 1] === T && endsName(xml[at + 2]) && !empty) {
      const end = textEnd(xml, close + 1);
      item += decodeExcelEscapes(decodeText(xml, close + 1, end));
      at = end;
    } else {
      at = close + 1;
    }
  }
  return strings;
}

/**
 * The text of an inline string (`<is>…</is>` of a `t="inlineStr"` cell), as exceljs read it: rich
 * text runs concatenated (with `_xHHHH_` escapes decoded); without runs, every `<t>` as written.
 */
export function readInlineString(xml: Buffer, start: number, end: number): string {
  let plain = '';
  let runs = '';
  let sawRun = false;
  let inRun = false;
  for (let at = start; at < end;) {
    const open = xml.indexOf(LT, at);
    if (open === -1 || open >= end) break;
    const close = tagEnd(xml, open);
    at = close + 1;
    if (isTag(xml, open, 'r')) {
      sawRun = true;
      inRun = xml[close - 1] !== SLASH;
    } else if (xml[open + 1] === SLASH && xml[open + 2] === 0x72 && endsName(xml[open + 3])) {
      inRun = false;
    } else if (xml[open + 1] === T && endsName(xml[open + 2]) && xml[close - 1] !== SLASH) {
      const textEnd = xml.indexOf(LT, at);
      if (textEnd === -1 || textEnd > end) throw new DamagedXml('unterminated text');
      const text = decodeText(xml, at, textEnd);
      plain += text;
      if (inRun) runs += decodeExcelEscapes(text);
      at = textEnd;
    }
  }
  return sawRun ? runs : plain;
}
