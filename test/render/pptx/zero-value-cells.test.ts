/**
 * pptxgenjs 4.0.1 writes a chart value of 0 into the embedded workbook as an empty cell (#1430);
 * the normaliser writes the 0 back, so "Edit Data" shows the numbers the chart shows.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { normalisePackage } from '../../../src/render/pptx/normalise-package.js';
import { PptxGenJS } from '../../../src/render/pptx/pptxgen.js';

async function deckWithZeros(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const slide = pptx.addSlide();
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Revenue', labels: ['A', 'B', 'C'], values: [0, 5, 0] },
      { name: 'Cost', labels: ['A', 'B', 'C'], values: [3, 0, 0.5] },
    ],
    { x: 0.5, y: 0.5, w: 6, h: 4, chartColors: ['1F4E79', 'F4B183'] },
  );
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

/** Data rows of the first chart's workbook: [label, ...values] as exceljs reads them. */
async function workbookRows(pptx: Uint8Array): Promise<unknown[][]> {
  const zip = await JSZip.loadAsync(pptx);
  const [embedded] = zip.file(/^ppt\/embeddings\/.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  const bytes = await embedded?.async('uint8array');
  await workbook.xlsx.load(Buffer.from(bytes ?? []) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 4)));
  return rows.slice(1);
}

describe('zero chart values in embedded workbooks', () => {
  it('are empty cells in raw pptxgenjs output (the defect)', async () => {
    const rows = await workbookRows(await deckWithZeros());
    expect(rows[0]?.[1]).toBeUndefined();
  });

  it('are written as 0 after normalising, other values untouched', async () => {
    const normalised = await normalisePackage(await deckWithZeros(), {
      timestamp: new Date(Date.UTC(2026, 8, 30)),
    });
    expect(await workbookRows(normalised)).toEqual([
      ['A', 0, 3],
      ['B', 5, 0],
      ['C', 0, 0.5],
    ]);
  });
});
