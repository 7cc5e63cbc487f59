import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackage } from '../../../src/render/pptx/check-package.js';
import { normalisePackage } from '../../../src/render/pptx/normalise-package.js';
import { buildKeyAccountDeck, buildUnrelatedChartDeck } from './fixtures/decks.js';
import { listZipEntries } from './fixtures/zip-entries.js';

const timestamp = new Date('2024-03-15T09:30:00Z');

async function partText(pkg: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(pkg)).file(name);
  if (!file) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

async function partNames(pkg: Uint8Array): Promise<string[]> {
  return Object.values((await JSZip.loadAsync(pkg)).files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

describe('normalisePackage on a realistic pptxgenjs deck', () => {
  let raw: Uint8Array;
  let normalised: Uint8Array;

  beforeAll(async () => {
    raw = await buildKeyAccountDeck();
    normalised = await normalisePackage(raw, { timestamp });
  });

  it('starts from raw output that has the defects the guards exist for', async () => {
    const problems = (await checkPackage(raw)).map((p) => `${p.part}: ${p.problem}`);
    // #1444 phantom slide masters: one Override per slide, only slideMaster1 exists.
    expect(problems).toContain(
      '[Content_Types].xml: Override names /ppt/slideMasters/slideMaster2.xml, which is not in the package',
    );
    // #1462 JPEG typed image/jpg.
    expect(problems).toContain(
      '[Content_Types].xml: Default for .jpg is image/jpg; JPEG must be image/jpeg',
    );
    // #1532 text box and table share p:cNvPr id 2.
    expect(problems).toContain(
      'ppt/slides/slide1.xml: duplicate p:cNvPr id 2 ("Text 0" and "Table 0")',
    );
    // #1534 bar/line groups name a series axis that does not exist.
    expect(
      problems.some((p) =>
        /^ppt\/charts\/chart\d+\.xml: chart group refers to axis 2094734556/.test(p),
      ),
    ).toBe(true);
    // #1441 accent bar without text, #1442 colour background without effect list.
    expect(
      problems.some((p) => /^ppt\/slides\/slide2\.xml: shape ".*" has no p:txBody$/.test(p)),
    ).toBe(true);
    expect(problems.some((p) => p.endsWith('background p:bgPr has no a:effectLst'))).toBe(true);
  });

  it('leaves nothing for checkPackage to report', async () => {
    expect(await checkPackage(normalised)).toEqual([]);
  });

  it('keeps only Overrides for parts that exist and types JPEG as image/jpeg', async () => {
    const types = await partText(normalised, '[Content_Types].xml');
    const names = await partNames(normalised);
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.length).toBeGreaterThan(20);
    for (const part of overrides) expect(names).toContain(part);
    expect(types).toContain('<Default Extension="jpg" ContentType="image/jpeg"/>');
    expect(types).toContain('<Default Extension="jpeg" ContentType="image/jpeg"/>');
    expect(types).not.toContain('image/jpg"');
    // Defaults pptxgenjs always registers but this deck has no such media (#1449 defect 4).
    expect(types).not.toMatch(/Extension="(gif|m4v|mp4|svg|vml)"/);
  });

  it('stamps the timestamp into core.xml, every workbook core.xml and every zip entry', async () => {
    const core = await partText(normalised, 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T09:30:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-15T09:30:00Z</dcterms:modified>',
    );

    const workbooks = (await partNames(normalised)).filter((name) =>
      name.startsWith('ppt/embeddings/'),
    );
    expect(workbooks).toHaveLength(4);
    for (const name of workbooks) {
      const bytes = await (await JSZip.loadAsync(normalised)).file(name)!.async('uint8array');
      expect(await partText(bytes, 'docProps/core.xml')).toContain(
        '>2024-03-15T09:30:00Z</dcterms:created>',
      );
      for (const entry of listZipEntries(bytes))
        expect(entry.date.toISOString()).toBe(timestamp.toISOString());
    }
    for (const entry of listZipEntries(normalised)) {
      expect(entry.date.toISOString(), entry.name).toBe(timestamp.toISOString());
    }
  });

  it('writes DEFLATE entries in a fixed order with no directory entries', () => {
    const entries = listZipEntries(normalised);
    const names = entries.map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    const rest = names.slice(2);
    // Code-point order (this deck has fewer than ten parts of any kind, so numbering never reorders).
    expect(rest).toEqual([...rest].sort());
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
    expect(entries.every((e) => e.method === 8)).toBe(true);
    // pptxgenjs itself writes STORE entries and folder entries, so this is the normaliser's doing.
    const rawEntries = listZipEntries(raw);
    expect(rawEntries.some((e) => e.method === 0 && !e.name.endsWith('/'))).toBe(true);
    expect(rawEntries.some((e) => e.name.endsWith('/'))).toBe(true);
  });

  it('renumbers duplicate shape ids, keeping the first and every shape', async () => {
    const slide = await partText(normalised, 'ppt/slides/slide1.xml');
    const shapes = [...slide.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => [
      m[2],
      m[1],
    ]);
    const ids = shapes.map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.fromEntries(shapes)).toMatchObject({ 'Text 0': '2' });
    expect(shapes.map(([name]) => name)).toContain('Table 0');
  });

  it('drops only the orphan axis ids, keeping the combo chart’s four axes', async () => {
    const charts = (await partNames(normalised)).filter((n) =>
      /^ppt\/charts\/chart\d+\.xml$/.test(n),
    );
    const combo = await Promise.all(charts.map((n) => partText(normalised, n)));
    const withSecondary = combo.find(
      (xml) => xml.includes('<c:barChart>') && xml.includes('<c:lineChart>'),
    );
    expect(withSecondary).toBeDefined();
    expect(withSecondary!.match(/<c:(catAx|valAx)>/g)).toHaveLength(4);
    for (const xml of combo) expect(xml).not.toContain('<c:axId val="2094734556"/>');
  });

  it('gives the notes master its own theme and no placeholders, and keeps the speaker notes', async () => {
    const notesMasterRels = await partText(
      normalised,
      'ppt/notesMasters/_rels/notesMaster1.xml.rels',
    );
    expect(notesMasterRels).toContain('Target="../theme/theme2.xml"');
    expect(await partText(normalised, 'ppt/theme/theme2.xml')).toBe(
      await partText(normalised, 'ppt/theme/theme1.xml'),
    );
    expect(await partText(normalised, 'ppt/notesMasters/notesMaster1.xml')).not.toContain('<p:sp>');
    expect(await partText(normalised, 'ppt/notesSlides/notesSlide1.xml')).toContain(
      'Open with the headline: revenue up 20%.',
    );
  });

  it('is idempotent', async () => {
    expect(same(await normalisePackage(normalised, { timestamp }), normalised)).toBe(true);
  });
});

describe('normalisePackage determinism', () => {
  it('gives byte-identical output for the same deck built before and after another chart deck', async () => {
    const first = await buildKeyAccountDeck();
    await buildUnrelatedChartDeck(); // moves pptxgenjs's process-wide chart counter
    const second = await buildKeyAccountDeck();

    // The guard is needed: pptxgenjs names the second build's charts differently.
    const firstCharts = (await partNames(first))
      .filter((n) => n.startsWith('ppt/charts/chart'))
      .sort();
    const secondCharts = (await partNames(second))
      .filter((n) => n.startsWith('ppt/charts/chart'))
      .sort();
    expect(secondCharts).not.toEqual(firstCharts);
    expect(same(first, second)).toBe(false);

    const a = await normalisePackage(first, { timestamp });
    const b = await normalisePackage(second, { timestamp });
    expect(same(a, b)).toBe(true);
  });

  it('numbers charts and workbooks 1..N in the order slides first show them', async () => {
    await buildUnrelatedChartDeck();
    const deck = await normalisePackage(await buildKeyAccountDeck(), { timestamp });
    const names = await partNames(deck);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual(
      [1, 2, 3, 4].map((n) => `ppt/charts/chart${n}.xml`),
    );
    expect(await partText(deck, 'ppt/slides/_rels/slide3.xml.rels')).toMatch(
      /Target="\/ppt\/charts\/chart1\.xml".*Target="\/ppt\/charts\/chart2\.xml"/,
    );
    expect(await partText(deck, 'ppt/charts/chart1.xml')).toContain('<c:barChart>');
    expect(await partText(deck, 'ppt/charts/chart3.xml')).toContain('<c:doughnutChart>');
    for (const n of [1, 2, 3, 4]) {
      expect(await partText(deck, `ppt/charts/_rels/chart${n}.xml.rels`)).toContain(
        `Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"`,
      );
    }
  });

  it('replaces Math.random section ids with stable ones', async () => {
    const first = await buildKeyAccountDeck({ withSection: true });
    const second = await buildKeyAccountDeck({ withSection: true });
    const sectionId = async (pkg: Uint8Array): Promise<string | undefined> =>
      /<p14:section [^>]*id="(\{[^"]+\})"/.exec(await partText(pkg, 'ppt/presentation.xml'))?.[1];
    expect(await sectionId(first)).not.toBe(await sectionId(second));

    const a = await normalisePackage(first, { timestamp });
    const b = await normalisePackage(second, { timestamp });
    expect(await sectionId(a)).toMatch(
      /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/,
    );
    expect(same(a, b)).toBe(true);
  });

  it('depends on the timestamp, and only on the timestamp', async () => {
    const raw = await buildKeyAccountDeck();
    const later = await normalisePackage(raw, { timestamp: new Date('2025-01-01T00:00:00Z') });
    expect(same(later, await normalisePackage(raw, { timestamp }))).toBe(false);
    expect(await partText(later, 'docProps/core.xml')).toContain(
      '>2025-01-01T00:00:00Z</dcterms:created>',
    );
  });

  it('rejects a timestamp that a zip entry cannot carry', async () => {
    const raw = await buildKeyAccountDeck();
    await expect(normalisePackage(raw, { timestamp: new Date('nope') })).rejects.toThrow(
      RangeError,
    );
    await expect(
      normalisePackage(raw, { timestamp: new Date('1970-01-01T00:00:00Z') }),
    ).rejects.toThrow(/1980/);
  });
});

describe('normalisePackage on relationships to missing parts', () => {
  it('drops the ones nothing refers to and keeps (for checkPackage to report) the ones something does', async () => {
    const zip = await JSZip.loadAsync(await buildKeyAccountDeck());
    const relsName = 'ppt/slides/_rels/slide2.xml.rels';
    const rels = await zip.file(relsName)!.async('string');
    const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
    zip.file(
      relsName,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rId98" Type="${image}" Target="../media/gone.png"/>` +
          `<Relationship Id="rId97" Type="${image}" Target="../media/also-gone.png"/></Relationships>`,
      ),
    );
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    zip.file('ppt/slides/slide2.xml', slide.replace(/r:embed="rId\d+"/, 'r:embed="rId97"'));
    zip.file('ppt/slides/_rels/slide9.xml.rels', rels); // relationships of a slide that does not exist
    const raw = await zip.generateAsync({ type: 'uint8array' });

    const normalised = await normalisePackage(raw, { timestamp });
    const after = await partText(normalised, relsName);
    expect(after).not.toContain('Id="rId98"');
    expect(after).toContain('Id="rId97"');
    expect(await partNames(normalised)).not.toContain('ppt/slides/_rels/slide9.xml.rels');
    expect(await checkPackage(normalised)).toEqual([
      {
        part: relsName,
        problem: 'rId97 targets ppt/media/also-gone.png, which is not in the package',
      },
    ]);
  });
});

describe('normalisePackage on a company name with XML characters (#1427)', () => {
  it('escapes the name pptxgenjs writes raw into docProps/app.xml', async () => {
    const raw = await buildKeyAccountDeck({ company: 'Smith & Sons <UK>' });
    expect((await checkPackage(raw)).map((p) => p.part)).toContain('docProps/app.xml');

    const normalised = await normalisePackage(raw, { timestamp });
    expect(await checkPackage(normalised)).toEqual([]);
    expect(await partText(normalised, 'docProps/app.xml')).toContain(
      '<Company>Smith &amp; Sons &lt;UK&gt;</Company>',
    );
  });
});
