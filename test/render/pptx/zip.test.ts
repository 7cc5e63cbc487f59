/** The package zip reader and writer: round trips, JSZip interoperability and fixed bytes. */
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, deflater } from '../../../src/render/pptx/zip-deflate.js';
import { readZip, writeZip } from '../../../src/render/pptx/zip.js';
import { listZipEntries } from './fixtures/zip-entries.js';

const text = (value: string) => new TextEncoder().encode(value);
const DATE = new Date(Date.UTC(2026, 8, 30, 14, 20, 10));
const FILES: [string, Uint8Array][] = [
  ['[Content_Types].xml', text('<Types/>')],
  ['ppt/slides/slide1.xml', text('<p:sld>'.repeat(500))],
  ['docs/résumé.txt', text('accents in the name')],
  ['empty.bin', new Uint8Array()],
];

describe('writeZip', () => {
  it('writes the files in order, DEFLATE, dated, and reads them back unchanged', () => {
    const bytes = writeZip(FILES, DATE);
    const entries = listZipEntries(bytes);
    expect(entries.map((entry) => entry.name)).toEqual(FILES.map(([name]) => name));
    expect(entries.every((entry) => entry.method === 8)).toBe(true);
    // DOS times count seconds in twos.
    for (const entry of entries) expect(entry.date.toISOString()).toBe('2026-09-30T14:20:10.000Z');
    expect([...readZip(bytes)]).toEqual(FILES);
  });

  it('stores entries when asked, and compresses otherwise', () => {
    const stored = writeZip(FILES, DATE, 'store');
    expect(listZipEntries(stored).every((entry) => entry.method === 0)).toBe(true);
    expect([...readZip(stored)]).toEqual(FILES);
    expect(writeZip(FILES, DATE).length).toBeLessThan(stored.length);
  });

  it('gives the same bytes for the same files and date', () => {
    expect(writeZip(FILES, DATE)).toEqual(writeZip(FILES, DATE));
    expect(writeZip(FILES, DATE)).not.toEqual(writeZip(FILES, new Date(Date.UTC(2027, 0, 1))));
  });

  it('writes zips that JSZip reads, with valid checksums', async () => {
    const zip = await JSZip.loadAsync(writeZip(FILES, DATE), { checkCRC32: true });
    for (const [name, content] of FILES)
      expect(await zip.file(name)?.async('uint8array')).toEqual(content);
  });
});

describe('readZip', () => {
  it('reads JSZip zips with stored and deflated entries and skips folder entries', async () => {
    const zip = new JSZip();
    zip.file('ppt/a.xml', 'stored', { compression: 'STORE' });
    zip.file('ppt/b.xml', 'deflated '.repeat(50), { compression: 'DEFLATE' });
    const files = readZip(await zip.generateAsync({ type: 'uint8array' }));
    expect([...files.keys()].sort()).toEqual(['ppt/a.xml', 'ppt/b.xml']);
    expect(new TextDecoder().decode(files.get('ppt/b.xml'))).toBe('deflated '.repeat(50));
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => readZip(text('PK but not really a zip at all, just text'))).toThrow(/not a zip/);
  });
});

describe('deflater', () => {
  const pako = createRequire(import.meta.url)('pako') as {
    deflateRaw: (data: Uint8Array, options: { level: number }) => Uint8Array;
  };
  // Text that repeats at long distances, so matches reach across the 32 KB window and beyond.
  const long = text(
    Array.from({ length: 4000 }, (_, i) => `<a:t>row ${(i * 7919) % 613} of ${i % 97}</a:t>`).join(
      '',
    ),
  );
  const inputs = [long, text('short'), new Uint8Array(), long.subarray(1000, 90_000), long];

  it("reuses one state and still gives exactly pako.deflateRaw's bytes, entry after entry", () => {
    const deflate = deflater();
    for (const input of inputs)
      expect(Buffer.from(deflate(input))).toEqual(
        Buffer.from(pako.deflateRaw(input, { level: 6 })),
      );
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
