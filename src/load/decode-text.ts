/**
 * Bytes of a text file → string. UTF-8 (with or without BOM) is tried first and strictly; a file
 * that is not valid UTF-8 is almost always Windows-1252 saved by Excel on Windows, so "Società"
 * keeps its accent either way. "Unicode text" saved by Excel is UTF-16 with a BOM.
 */
import type { CsvInfo } from './raw-table.js';

export interface DecodedText {
  text: string;
  encoding: CsvInfo['encoding'];
}

/**
 * Windows-1252 bytes 0x80–0x9F (€, curly quotes, dashes...). Decoded by hand because Node 20's
 * TextDecoder('windows-1252') treats them as Latin-1 control codes. Unassigned bytes keep their code.
 */
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
    chars.push(String.fromCharCode(code));
  }
  return chars.join('');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the BOM, if any, is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
