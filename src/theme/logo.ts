/**
 * A theme's logo: a PNG or JPEG file or data URI, checked by its bytes (not its name) and measured,
 * so the master can keep its proportions. SVG is refused: on slide masters it makes PowerPoint
 * offer a repair (pptxgenjs issue #1150), and pptxgenjs cannot rasterise it in Node (#1315).
 */
import { readFile } from 'node:fs/promises';
import { KamdeckError } from '../errors.js';

export interface LogoImage {
  /** data:image/png;base64,... or data:image/jpeg;base64,... */
  dataUri: string;
  widthPx: number;
  heightPx: number;
}

type ImageKind = 'png' | 'jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const DATA_URI = /^data:([\w.+/-]+);base64,([A-Za-z0-9+/=\s]+)$/;

export function isDataUri(value: string): boolean {
  return value.startsWith('data:');
}

function kindOf(bytes: Uint8Array): ImageKind | undefined {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  return undefined;
}

function pngSize(bytes: Uint8Array): [number, number] | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/**
 * Walks the JPEG segments to the first start-of-frame marker, which holds the size. Like decoders,
 * it skips stray bytes between segments up to the next marker.
 */
function jpegSize(bytes: Uint8Array): [number, number] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff || bytes[offset + 1] === 0xff) {
      offset++;
      continue;
    }
    const marker = bytes[offset + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return [view.getUint16(offset + 7), view.getUint16(offset + 5)];
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

function measured(bytes: Uint8Array, where: string): LogoImage {
  const kind = kindOf(bytes);
  const looksLikeSvg = /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));
  if (kind === undefined) {
    throw new KamdeckError(
      'THEME_INVALID',
      looksLikeSvg
        ? `${where} is an SVG image: SVG logos make PowerPoint offer to repair the deck; export the logo as PNG`
        : `${where} is not a PNG or JPEG image`,
    );
  }
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (size === undefined || size[0] === 0 || size[1] === 0)
    throw new KamdeckError('THEME_INVALID', `${where} is a damaged ${kind.toUpperCase()} image`);
  const base64 = Buffer.from(bytes).toString('base64');
  return { dataUri: `data:image/${kind};base64,${base64}`, widthPx: size[0], heightPx: size[1] };
}

function decodeDataUri(uri: string, themeFile: string): Uint8Array {
  const match = DATA_URI.exec(uri);
  if (match === null)
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${themeFile}: the logo data URI must look like data:image/png;base64,...`,
    );
  const [, mime = '', data = ''] = match;
  if (mime === 'image/svg+xml')
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${themeFile}: the logo is an SVG data URI: SVG logos make PowerPoint offer to repair the deck; use a PNG`,
    );
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** Reads and checks the logo a theme names: a file path (absolute) or a data URI. */
export async function readLogo(pathOrUri: string, themeFile: string): Promise<LogoImage> {
  if (isDataUri(pathOrUri))
    return measured(decodeDataUri(pathOrUri, themeFile), `theme ${themeFile}: the logo data URI`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(pathOrUri));
  } catch {
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${themeFile}: logo file ${pathOrUri} cannot be read`,
    );
  }
  return measured(bytes, `theme ${themeFile}: logo ${pathOrUri}`);
}
