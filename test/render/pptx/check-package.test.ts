import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, type PackageProblem } from '../../../src/render/pptx/check-package.js';
import { normalisePackage } from '../../../src/render/pptx/normalise-package.js';
import { buildKeyAccountDeck } from './fixtures/decks.js';

const timestamp = new Date('2024-03-15T09:30:00Z');

/** Applies `edit` to a copy of the package and returns the new bytes. */
async function mutate(
  pkg: Uint8Array,
  edit: (zip: JSZip) => Promise<void> | void,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pkg);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

async function replaceInPart(
  zip: JSZip,
  name: string,
  from: string | RegExp,
  to: string,
): Promise<void> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the package`);
  const before = await file.async('string');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit of ${name} changed nothing`);
  zip.file(name, after);
}

function problemsIn(problems: PackageProblem[], part: string): string[] {
  return problems.filter((p) => p.part === part).map((p) => p.problem);
}

describe('checkPackage', () => {
  let clean: Uint8Array;

  beforeAll(async () => {
    clean = await normalisePackage(await buildKeyAccountDeck(), { timestamp });
  });

  it('returns [] for a normalised deck', async () => {
    expect(await checkPackage(clean)).toEqual([]);
  });

  it('reports bytes that are not a zip', async () => {
    const problems = await checkPackage(new TextEncoder().encode('not a zip at all'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      part: '(package)',
      problem: expect.stringMatching(/^not a readable zip/),
    });
  });

  it('reports a missing part everywhere it is named', async () => {
    const broken = await mutate(clean, (zip) => void zip.remove('ppt/slides/slide2.xml'));
    const problems = await checkPackage(broken);
    expect(problemsIn(problems, '[Content_Types].xml')).toContain(
      'Override names /ppt/slides/slide2.xml, which is not in the package',
    );
    expect(problemsIn(problems, 'ppt/_rels/presentation.xml.rels')).toContainEqual(
      expect.stringMatching(/targets ppt\/slides\/slide2\.xml, which is not in the package$/),
    );
    expect(problemsIn(problems, 'ppt/presentation.xml')).toContainEqual(
      expect.stringMatching(
        /^sldId rId\d+ refers to ppt\/slides\/slide2\.xml, which does not exist$/,
      ),
    );
    expect(problemsIn(problems, 'ppt/notesSlides/notesSlide2.xml')).toContain(
      'belongs to ppt/slides/slide2.xml, which does not exist',
    );
    expect(problemsIn(problems, 'ppt/slides/_rels/slide2.xml.rels')).toContain(
      'describes ppt/slides/slide2.xml, which is not in the package',
    );
  });

  it('reports a duplicate shape id with the slide part name', async () => {
    const broken = await mutate(clean, (zip) =>
      replaceInPart(zip, 'ppt/slides/slide3.xml', /(<p:cNvPr id=")3(" name="Chart 1")/, '$12$2'),
    );
    expect(await checkPackage(broken)).toEqual([
      {
        part: 'ppt/slides/slide3.xml',
        problem: 'duplicate p:cNvPr id 2 ("Chart 0" and "Chart 1")',
      },
    ]);
  });

  it('reports a dangling relationship and an undeclared r:id', async () => {
    const broken = await mutate(clean, async (zip) => {
      await replaceInPart(
        zip,
        'ppt/slides/_rels/slide2.xml.rels',
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/missing.png"/></Relationships>',
      );
      await replaceInPart(zip, 'ppt/slides/slide3.xml', /r:id="rId1"/, 'r:id="rId42"');
    });
    const problems = await checkPackage(broken);
    expect(problemsIn(problems, 'ppt/slides/_rels/slide2.xml.rels')).toEqual([
      'rId99 targets ppt/media/missing.png, which is not in the package',
    ]);
    expect(problemsIn(problems, 'ppt/slides/slide3.xml')).toEqual([
      'uses relationship rId42, which its .rels does not declare',
    ]);
  });

  it('ignores external relationship targets', async () => {
    const withLink = await mutate(clean, (zip) =>
      replaceInPart(
        zip,
        'ppt/slides/_rels/slide1.xml.rels',
        '</Relationships>',
        '<Relationship Id="rId50" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>',
      ),
    );
    expect(await checkPackage(withLink)).toEqual([]);
  });

  it('reports parts without a content type and JPEGs not typed image/jpeg', async () => {
    const broken = await mutate(clean, async (zip) => {
      zip.file('ppt/media/extra.webp', new Uint8Array([1, 2, 3]));
      await replaceInPart(
        zip,
        '[Content_Types].xml',
        'Extension="jpeg" ContentType="image/jpeg"',
        'Extension="jpeg" ContentType="image/jpg"',
      );
    });
    const problems = await checkPackage(broken);
    expect(problemsIn(problems, 'ppt/media/extra.webp')).toEqual([
      'has no content type (no Override, no Default for ".webp")',
    ]);
    expect(problemsIn(problems, '[Content_Types].xml')).toEqual([
      'Default for .jpeg is image/jpg; JPEG must be image/jpeg',
    ]);
    expect(problemsIn(problems, 'ppt/media/image-2-1.jpeg')).toEqual([
      'JPEG typed image/jpg; must be image/jpeg',
    ]);
  });

  it('reports a slide master that presentation.xml names but the package lacks', async () => {
    const broken = await mutate(clean, async (zip) => {
      await replaceInPart(
        zip,
        'ppt/presentation.xml',
        '</p:sldMasterIdLst>',
        '<p:sldMasterId id="2147483660" r:id="rId90"/></p:sldMasterIdLst>',
      );
      await replaceInPart(
        zip,
        'ppt/_rels/presentation.xml.rels',
        '</Relationships>',
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster2.xml"/></Relationships>',
      );
    });
    expect(problemsIn(await checkPackage(broken), 'ppt/presentation.xml')).toEqual([
      'sldMasterId rId90 refers to ppt/slideMasters/slideMaster2.xml, which does not exist',
    ]);
  });

  it('reports slide ids below 256 and duplicated slide ids', async () => {
    const broken = await mutate(clean, async (zip) => {
      await replaceInPart(zip, 'ppt/presentation.xml', '<p:sldId id="256"', '<p:sldId id="255"');
      await replaceInPart(zip, 'ppt/presentation.xml', '<p:sldId id="258"', '<p:sldId id="257"');
    });
    expect(problemsIn(await checkPackage(broken), 'ppt/presentation.xml')).toEqual([
      'sldId id="255" is outside 256..2147483647',
      'duplicate sldId id="257"',
    ]);
  });

  it('reports a notes slide whose slide does not point back to it', async () => {
    const broken = await mutate(clean, (zip) =>
      replaceInPart(
        zip,
        'ppt/notesSlides/_rels/notesSlide1.xml.rels',
        'Target="../slides/slide1.xml"',
        'Target="../slides/slide2.xml"',
      ),
    );
    expect(problemsIn(await checkPackage(broken), 'ppt/notesSlides/notesSlide1.xml')).toEqual([
      'ppt/slides/slide2.xml does not refer back to it',
    ]);
  });

  it('reports a chart without its workbook, and a workbook that is not a package', async () => {
    const noWorkbook = await mutate(clean, (zip) =>
      replaceInPart(zip, 'ppt/charts/_rels/chart1.xml.rels', /<Relationship [^>]*\/>/, ''),
    );
    const problems = await checkPackage(noWorkbook);
    expect(problemsIn(problems, 'ppt/charts/chart1.xml')).toContain(
      'has no relationship to an embedded workbook',
    );

    const badWorkbook = await mutate(
      clean,
      (zip) =>
        void zip.file(
          'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx',
          'PK\u0003\u0004 but not really a zip',
        ),
    );
    expect(
      problemsIn(await checkPackage(badWorkbook), 'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx'),
    ).toEqual([expect.stringMatching(/^embedded workbook does not open/)]);

    const noWorkbookXml = await mutate(clean, async (zip) => {
      const inner = await JSZip.loadAsync(
        await zip.file('ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx')!.async('uint8array'),
      );
      inner.remove('xl/workbook.xml');
      zip.file(
        'ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx',
        await inner.generateAsync({ type: 'uint8array' }),
      );
    });
    const inner = await checkPackage(noWorkbookXml);
    expect(problemsIn(inner, 'ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx')).toContain(
      'embedded workbook has no xl/workbook.xml',
    );
    expect(
      problemsIn(inner, 'ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx![Content_Types].xml'),
    ).toContain('Override names /xl/workbook.xml, which is not in the package');
  });

  it('reports an orphan chart axis id', async () => {
    const broken = await mutate(clean, (zip) =>
      replaceInPart(
        zip,
        'ppt/charts/chart1.xml',
        '</c:barChart>',
        '<c:axId val="123"/></c:barChart>',
      ),
    );
    expect(problemsIn(await checkPackage(broken), 'ppt/charts/chart1.xml')).toEqual([
      'chart group refers to axis 123, which the chart does not declare',
    ]);
  });

  it('reports XML that is not well-formed', async () => {
    const broken = await mutate(clean, (zip) =>
      replaceInPart(zip, 'ppt/slides/slide1.xml', '</p:spTree>', '<a:t>R&D</a:t></p:spTree>'),
    );
    expect(problemsIn(await checkPackage(broken), 'ppt/slides/slide1.xml')).toEqual([
      expect.stringMatching(/^not well-formed XML: unescaped "&" in text/),
    ]);
    const unclosed = await mutate(clean, (zip) =>
      replaceInPart(zip, 'ppt/viewProps.xml', /<\/p:viewPr>\s*$/, ''),
    );
    expect(problemsIn(await checkPackage(unclosed), 'ppt/viewProps.xml')).toEqual([
      expect.stringMatching(/^not well-formed XML: unclosed element <p:viewPr>/),
    ]);
  });

  it('reports DrawingML values PowerPoint rejects', async () => {
    const broken = await mutate(clean, async (zip) => {
      await replaceInPart(
        zip,
        'ppt/slides/slide1.xml',
        /<a:srgbClr val="1F4E79"/,
        '<a:srgbClr val="White"',
      );
      await replaceInPart(zip, 'ppt/slides/slide2.xml', 'prst="rect"', 'prst="oval"');
      await replaceInPart(zip, 'ppt/slides/slide2.xml', /<a:off x="\d+"/, '<a:off x="NaN"');
    });
    const problems = await checkPackage(broken);
    expect(problemsIn(problems, 'ppt/slides/slide1.xml')).toEqual([
      'a:srgbClr val="White" is not RRGGBB hex',
    ]);
    expect(problemsIn(problems, 'ppt/slides/slide2.xml')).toEqual([
      'attribute x="NaN"',
      'unknown preset shape "oval"',
    ]);
  });
});
